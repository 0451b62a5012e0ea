package io.github.carbon4j;

import io.github.carbon4j.intensity.IntensitySettings;
import io.github.carbon4j.meter.MeterSettings;
import io.github.carbon4j.nvml.GpuSettings;
import io.github.carbon4j.report.ReportSettings;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How a {@link CarbonLogger} measures and where it reports. Immutable and thread-safe; build one with
 * {@link #builder()} or read one with {@link #fromEnvironment()}. Unset optional values are empty,
 * never null. Every key, its unit and its default are rows of {@link ConfigTable}; every invalid value
 * fails fast with a {@link CarbonConfigurationException} that names the key and the value.
 *
 * @since 0.1
 */
public final class CarbonConfig {

    /** Default output directory, relative to the working directory. */
    public static final Path DEFAULT_OUTPUT_DIRECTORY = Path.of("target", "carbon4j");
    /** Default powercap root on Linux. */
    public static final Path DEFAULT_POWERCAP_ROOT = Path.of("/sys/class/powercap");

    /** The keys that are set, checked; a key absent here has its row's default. */
    private final Map<ConfigKey<?>, Object> values;

    private final Clock clock;

    private CarbonConfig(Map<ConfigKey<?>, Object> values, Clock clock) {
        this.values = Map.copyOf(values);
        this.clock = clock;
    }

    /** {@return a builder with every key unset} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the {@code carbon4j.*} keys from system properties, then the environment
     * ({@code CARBON4J_COUNTRY} for {@code carbon4j.country}), then a {@code carbon4j.properties} on
     * the class path, the first that sets a key winning.
     */
    public static CarbonConfig fromEnvironment() {
        return builder().from(ConfigSource.standard()).build();
    }

    /**
     * Reads the {@code carbon4j.*} keys from the given source only.
     *
     * @param source where the keys are read
     * @return the configuration of those keys, defaults elsewhere
     */
    public static CarbonConfig from(ConfigSource source) {
        return builder().from(source).build();
    }

    /** {@return a builder holding this configuration's values as if set in code, to change some of them} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.explicit.putAll(values);
        b.clock = clock;
        return b;
    }

    /** The value of a key: set, else its row's default. */
    @SuppressWarnings("unchecked")
    private <T> T get(ConfigKey<T> key) {
        Object value = values.get(key);
        return value != null ? (T) value : key.defaultValue().orElseThrow();
    }

    /** The value of a key without a default value, when set. */
    @SuppressWarnings("unchecked")
    private <T> Optional<T> optional(ConfigKey<T> key) {
        return Optional.ofNullable((T) values.get(key));
    }

    /** {@return experiment name in reports ({@link ConfigKeys#EXPERIMENT})} Default {@code carbon4j}. */
    public String experiment() {
        return get(ConfigTable.EXPERIMENT);
    }
    /** {@return where reports go ({@link ConfigKeys#OUTPUT_DIR})} Default {@link #DEFAULT_OUTPUT_DIRECTORY}. */
    public Path outputDirectory() {
        return get(ConfigTable.OUTPUT_DIR);
    }
    /** {@return whether the logger writes report files into {@link #outputDirectory()}} Default {@code true}. */
    public boolean reports() {
        return get(ConfigTable.REPORTS);
    }
    /** {@return a fixed carbon intensity (g/kWh), overriding every location; empty: from the location} */
    public Optional<CarbonIntensity> carbonIntensity() {
        return optional(ConfigTable.INTENSITY);
    }
    /** {@return the grid's country as configured; empty: none} */
    public Optional<String> country() {
        return optional(ConfigTable.COUNTRY);
    }
    /** {@return the grid's sub-national region as configured; empty: none} */
    public Optional<String> region() {
        return optional(ConfigTable.REGION);
    }
    /** {@return the cloud provider as configured ({@code gcp}, {@code aws}, {@code azure}); empty: none} */
    public Optional<String> cloudProvider() {
        return optional(ConfigTable.CLOUD_PROVIDER);
    }
    /** {@return the cloud region as configured; empty: none} */
    public Optional<String> cloudRegion() {
        return optional(ConfigTable.CLOUD_REGION);
    }
    /** {@return shares per source (percentages or fractions), in the order given; empty when not set} */
    public Map<String, Double> energyMix() {
        return get(ConfigTable.ENERGY_MIX);
    }
    /** {@return the configured PUE (dimensionless, 1 to 10), or 1 when none is: {@link #pueConfigured()} tells which} */
    public double pue() {
        return get(ConfigTable.PUE);
    }
    /**
     * Whether {@link #pue()} was set ({@code carbon4j.pue} or the builder); when not, a configured cloud
     * region brings its provider's published PUE.
     */
    public boolean pueConfigured() {
        return values.containsKey(ConfigTable.PUE);
    }
    /** {@return the machine's embodied emissions TE as configured; empty for the estimate from its hardware} */
    public Optional<Emissions> embodiedEmissions() {
        return optional(ConfigTable.EMBODIED_EMISSIONS);
    }
    /** {@return the machine's expected lifespan EL, years} Default 4. */
    public double embodiedLifetimeYears() {
        return get(ConfigTable.EMBODIED_LIFETIME);
    }
    /** {@return the share of the machine reserved (RR / ToR) as configured; empty for the default of the scope} */
    public Optional<Double> embodiedShare() {
        return optional(ConfigTable.EMBODIED_SHARE);
    }
    /** {@return this JVM's share or the whole machine} Default {@link Scope#PROCESS}. */
    public Scope scope() {
        return get(ConfigTable.SCOPE);
    }
    /** {@return CPU thermal design power per socket, for the TDP × load model; empty: from the CPU model} */
    public Optional<Power> cpuTdp() {
        return optional(ConfigTable.CPU_TDP);
    }
    /** {@return fixed CPU power of the machine; empty: measured or estimated} */
    public Optional<Power> cpuPower() {
        return optional(ConfigTable.CPU_POWER);
    }
    /** {@return fixed RAM power of the machine; empty: estimated} */
    public Optional<Power> ramPower() {
        return optional(ConfigTable.RAM_POWER);
    }
    /** {@return NVML indices or UUIDs to measure, comma-separated, as configured; empty: CUDA_VISIBLE_DEVICES, else all} */
    public Optional<String> gpuDevices() {
        return optional(ConfigTable.GPU_DEVICES);
    }
    /** {@return root of the Linux powercap tree} Default {@link #DEFAULT_POWERCAP_ROOT}. */
    public Path powercapRoot() {
        return get(ConfigTable.POWERCAP_ROOT);
    }
    /** {@return whether to prefer the RAPL psys zone over package zones} Default {@code false}. */
    public boolean raplPsys() {
        return get(ConfigTable.RAPL_PSYS);
    }
    /** {@return the clock of every measurement} Default {@link Clock#SYSTEM}. */
    public Clock clock() {
        return clock;
    }
    /** {@return where the grid's intensity comes from; {@link IntensityProvider#OFFLINE} unless configured} */
    public IntensityProvider intensityProvider() {
        return get(ConfigTable.INTENSITY_PROVIDER);
    }
    /** {@return the base URL that replaces the live provider's public one; empty: its public one} */
    public Optional<URI> intensityUrl() {
        return optional(ConfigTable.INTENSITY_URL);
    }

    /** {@return what choosing the CPU and RAM meters needs of this configuration} @since 0.3 */
    public MeterSettings meterSettings() {
        return new MeterSettings(scope(), cpuPower(), ramPower(), cpuTdp(), powercapRoot(), raplPsys(), clock);
    }

    /** {@return what opening the GPU meter needs of this configuration} @since 0.3 */
    public GpuSettings gpuSettings() {
        return new GpuSettings(gpuDevices(), scope(), clock);
    }

    /** {@return what resolving the carbon intensity (offline or live) needs of this configuration} @since 0.3 */
    public IntensitySettings intensitySettings() {
        return new IntensitySettings(
                carbonIntensity(),
                energyMix(),
                country(),
                region(),
                cloudProvider(),
                cloudRegion(),
                intensityProvider(),
                intensityUrl(),
                electricityMapsToken(),
                electricityMapsZone(),
                ukPostcode(),
                pueConfigured(),
                clock);
    }

    /** {@return what the reports need of this configuration beyond the run} @since 0.3 */
    public ReportSettings reportSettings() {
        return new ReportSettings(reports(), country(), region(), cloudProvider(), cloudRegion());
    }
    /** {@return the Electricity Maps token} Never print it. */
    public Optional<String> electricityMapsToken() {
        return optional(ConfigTable.ELECTRICITYMAPS_TOKEN);
    }
    /** {@return the Electricity Maps zone, when set rather than derived} */
    public Optional<String> electricityMapsZone() {
        return optional(ConfigTable.ELECTRICITYMAPS_ZONE);
    }
    /** {@return the UK postcode for the regional UK Carbon Intensity figure} */
    public Optional<String> ukPostcode() {
        return optional(ConfigTable.UK_POSTCODE);
    }
    /** {@return whether logged steps add to OpenTelemetry counters} Default {@code false}. */
    public boolean otel() {
        return get(ConfigTable.OTEL);
    }

    /**
     * Builds a {@link CarbonConfig}. Not thread-safe. Each setter checks its value as the key's row
     * does and throws a {@link CarbonConfigurationException} naming the key. A value set in code wins
     * over every source given to {@link #from}, whatever the order of the calls; of two sources, the
     * later {@code from} wins for the keys both set.
     */
    public static final class Builder {
        private final Map<ConfigKey<?>, Object> sourced = new HashMap<>();
        private final Map<ConfigKey<?>, Object> explicit = new HashMap<>();
        private Clock clock = Clock.SYSTEM;

        private Builder() {}

        /**
         * Reads every key the source has, checked as its setter would; a key also set in code keeps
         * the value set in code. A name the source lists that looks like a key but is none gets a
         * notice naming the closest key.
         *
         * @throws CarbonConfigurationException naming the key and the value of an invalid one
         */
        public Builder from(ConfigSource source) {
            ConfigKeys.noticeUnknown(source.names());
            for (ConfigKey<?> key : ConfigTable.readBy(ConfigKey.Reader.CORE)) {
                source.get(key.name()).ifPresent(raw -> sourced.put(key, key.parse(raw)));
            }
            return this;
        }

        private <T> Builder set(ConfigKey<T> key, T value) {
            explicit.put(key, key.check(value));
            return this;
        }

        /**
         * Experiment name in reports, not blank.
         *
         * @param experiment the new value
         * @return this builder
         */
        public Builder experiment(String experiment) {
            return set(ConfigTable.EXPERIMENT, experiment);
        }
        /**
         * Where reports go.
         *
         * @param outputDirectory the new value
         * @return this builder
         */
        public Builder outputDirectory(Path outputDirectory) {
            return set(ConfigTable.OUTPUT_DIR, outputDirectory);
        }
        /**
         * Whether to write report files.
         *
         * @param reports the new value
         * @return this builder
         */
        public Builder reports(boolean reports) {
            return set(ConfigTable.REPORTS, reports);
        }
        /**
         * A fixed intensity, 0 to 10,000 g/kWh, overriding every location.
         *
         * @param intensity the new value
         * @return this builder
         */
        public Builder carbonIntensity(CarbonIntensity intensity) {
            return set(ConfigTable.INTENSITY, intensity);
        }
        /**
         * The grid's country: ISO 3166 alpha-3, alpha-2 or English name.
         *
         * @param country the new value
         * @return this builder
         */
        public Builder country(String country) {
            return set(ConfigTable.COUNTRY, country);
        }
        /**
         * The grid's sub-national region.
         *
         * @param region the new value
         * @return this builder
         */
        public Builder region(String region) {
            return set(ConfigTable.REGION, region);
        }
        /**
         * The cloud provider and region, e.g. {@code gcp}, {@code europe-west1}.
         *
         * @param provider the new value
         * @param region the new value
         * @return this builder
         */
        public Builder cloud(String provider, String region) {
            set(ConfigTable.CLOUD_PROVIDER, provider);
            return set(ConfigTable.CLOUD_REGION, region);
        }
        /**
         * Shares per source, percentages or fractions, each from 0 to 1,000,000.
         *
         * @param shares the new value
         * @return this builder
         */
        public Builder energyMix(Map<String, Double> shares) {
            return set(ConfigTable.ENERGY_MIX, shares);
        }
        /**
         * Power usage effectiveness, from 1 (no data-centre overhead) to 10.
         *
         * @param pue the new value
         * @return this builder
         */
        public Builder pue(double pue) {
            return set(ConfigTable.PUE, pue);
        }
        /**
         * This JVM's share or the whole machine.
         *
         * @param scope the new value
         * @return this builder
         */
        public Builder scope(Scope scope) {
            return set(ConfigTable.SCOPE, scope);
        }
        /**
         * CPU TDP per socket, at most 1 MW.
         *
         * @param tdp the new value
         * @return this builder
         */
        public Builder cpuTdp(Power tdp) {
            return set(ConfigTable.CPU_TDP, tdp);
        }
        /**
         * Fixed CPU power of the machine, at most 1 MW.
         *
         * @param power the new value
         * @return this builder
         */
        public Builder cpuPower(Power power) {
            return set(ConfigTable.CPU_POWER, power);
        }
        /**
         * Fixed RAM power of the machine, at most 1 MW.
         *
         * @param power the new value
         * @return this builder
         */
        public Builder ramPower(Power power) {
            return set(ConfigTable.RAM_POWER, power);
        }
        /**
         * NVML indices or UUIDs, comma-separated.
         *
         * @param devices the new value
         * @return this builder
         */
        public Builder gpuDevices(String devices) {
            return set(ConfigTable.GPU_DEVICES, devices);
        }
        /**
         * Root of the Linux powercap tree.
         *
         * @param root the new value
         * @return this builder
         */
        public Builder powercapRoot(Path root) {
            return set(ConfigTable.POWERCAP_ROOT, root);
        }
        /**
         * Whether to prefer the RAPL psys zone.
         *
         * @param psys the new value
         * @return this builder
         */
        public Builder raplPsys(boolean psys) {
            return set(ConfigTable.RAPL_PSYS, psys);
        }
        /**
         * The machine's embodied emissions TE; zero turns them off. Unset: estimated from the hardware.
         *
         * @param total the new value
         * @return this builder
         */
        public Builder embodiedEmissions(Emissions total) {
            return set(ConfigTable.EMBODIED_EMISSIONS, total);
        }
        /**
         * The machine's expected lifespan EL in years, more than 0 and at most 100.
         *
         * @param years the new value
         * @return this builder
         */
        public Builder embodiedLifetimeYears(double years) {
            return set(ConfigTable.EMBODIED_LIFETIME, years);
        }
        /**
         * The share of the machine reserved for this run (RR / ToR), in (0, 1].
         *
         * @param share the new value
         * @return this builder
         */
        public Builder embodiedShare(double share) {
            return set(ConfigTable.EMBODIED_SHARE, share);
        }
        /**
         * Where the grid's intensity comes from.
         *
         * @param provider the new value
         * @return this builder
         */
        public Builder intensityProvider(IntensityProvider provider) {
            return set(ConfigTable.INTENSITY_PROVIDER, provider);
        }
        /**
         * An absolute http or https URL.
         *
         * @param url the new value
         * @return this builder
         */
        public Builder intensityUrl(URI url) {
            return set(ConfigTable.INTENSITY_URL, url);
        }
        /**
         * The Electricity Maps token; never printed.
         *
         * @param token the new value
         * @return this builder
         */
        public Builder electricityMapsToken(String token) {
            return set(ConfigTable.ELECTRICITYMAPS_TOKEN, token);
        }
        /**
         * The Electricity Maps zone, e.g. {@code DE}.
         *
         * @param zone the new value
         * @return this builder
         */
        public Builder electricityMapsZone(String zone) {
            return set(ConfigTable.ELECTRICITYMAPS_ZONE, zone);
        }
        /**
         * A UK postcode.
         *
         * @param postcode the new value
         * @return this builder
         */
        public Builder ukPostcode(String postcode) {
            return set(ConfigTable.UK_POSTCODE, postcode);
        }
        /**
         * Whether logged steps add to OpenTelemetry counters.
         *
         * @param otel the new value
         * @return this builder
         */
        public Builder otel(boolean otel) {
            return set(ConfigTable.OTEL, otel);
        }

        /**
         * The clock of every measurement.
         *
         * @param clock the new value
         * @return this builder
         */
        public Builder clock(Clock clock) {
            if (clock == null) {
                throw new CarbonConfigurationException("clock must not be null", null);
            }
            this.clock = clock;
            return this;
        }

        /** {@return the configuration: the sources' values, overridden by those set in code} */
        public CarbonConfig build() {
            Map<ConfigKey<?>, Object> values = new HashMap<>(sourced);
            values.putAll(explicit);
            return new CarbonConfig(values, clock);
        }
    }
}
