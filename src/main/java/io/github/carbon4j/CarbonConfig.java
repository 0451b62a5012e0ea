package io.github.carbon4j;

import io.github.carbon4j.intensity.IntensitySettings;
import io.github.carbon4j.internal.NoticeRoute;
import io.github.carbon4j.meter.MeterSettings;
import io.github.carbon4j.nvml.GpuSettings;
import io.github.carbon4j.report.ReportSettings;
import java.net.URI;
import java.nio.file.Path;
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

    private final ConfigValues values;

    private CarbonConfig(ConfigValues values) {
        this.values = values;
    }

    /** {@return a builder with every key unset} */
    public static Builder builder() {
        return new Builder(new ConfigDraft());
    }

    /**
     * Reads the {@code carbon4j.*} keys from system properties, then the environment
     * ({@code CARBON4J_COUNTRY} for {@code carbon4j.country}), then a {@code carbon4j.properties} on
     * the class path, the first that sets a key winning.
     *
     * @return the configuration of those keys, defaults elsewhere
     * @throws CarbonConfigurationException naming the key and the value of an invalid one
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
        return new Builder(values.toDraft());
    }

    /** Where this configuration's logger gives its notices ({@link ConfigKeys#NOTICES}); default auto. */
    NoticeRoute noticeRoute() {
        return values.get(ConfigTable.NOTICES);
    }

    /** {@return experiment name in reports ({@link ConfigKeys#EXPERIMENT})} Default {@code carbon4j}. */
    public String experiment() {
        return values.get(ConfigTable.EXPERIMENT);
    }

    /** {@return where reports go ({@link ConfigKeys#OUTPUT_DIR})} Default {@link #DEFAULT_OUTPUT_DIRECTORY}. */
    public Path outputDirectory() {
        return values.get(ConfigTable.OUTPUT_DIR);
    }

    /** {@return whether the logger writes report files into {@link #outputDirectory()}} Default {@code true}. */
    public boolean reports() {
        return values.get(ConfigTable.REPORTS);
    }

    /** {@return a fixed carbon intensity (g/kWh), overriding every location; empty: from the location} */
    public Optional<CarbonIntensity> carbonIntensity() {
        return values.optional(ConfigTable.INTENSITY);
    }

    /** {@return the grid's country as configured; empty: none} */
    public Optional<String> country() {
        return values.optional(ConfigTable.COUNTRY);
    }

    /** {@return the grid's sub-national region as configured; empty: none} */
    public Optional<String> region() {
        return values.optional(ConfigTable.REGION);
    }

    /** {@return the cloud provider as configured ({@code gcp}, {@code aws}, {@code azure}); empty: none} */
    public Optional<String> cloudProvider() {
        return values.optional(ConfigTable.CLOUD_PROVIDER);
    }

    /** {@return the cloud region as configured; empty: none} */
    public Optional<String> cloudRegion() {
        return values.optional(ConfigTable.CLOUD_REGION);
    }

    /** {@return shares per source (percentages or fractions), in the order given; empty when not set} */
    public Map<String, Double> energyMix() {
        return values.get(ConfigTable.ENERGY_MIX);
    }

    /** {@return the configured PUE (dimensionless, 1 to 10), or 1 when none is: {@link #pueConfigured()} tells which} */
    public double pue() {
        return values.get(ConfigTable.PUE);
    }

    /**
     * Whether {@link #pue()} was set ({@code carbon4j.pue} or the builder); when not, a configured cloud
     * region brings its provider's published PUE.
     *
     * @return whether a PUE was set; {@code false} when {@link #pue()} is the default 1
     */
    public boolean pueConfigured() {
        return values.isSet(ConfigTable.PUE);
    }

    /** {@return the machine's embodied emissions TE as configured; empty for the estimate from its hardware} */
    public Optional<Emissions> embodiedEmissions() {
        return values.optional(ConfigTable.EMBODIED_EMISSIONS);
    }

    /** {@return the machine's expected lifespan EL, years} Default 4. */
    public double embodiedLifetimeYears() {
        return values.get(ConfigTable.EMBODIED_LIFETIME);
    }

    /** {@return the share of the machine reserved (RR / ToR) as configured; empty for the default of the scope} */
    public Optional<Double> embodiedShare() {
        return values.optional(ConfigTable.EMBODIED_SHARE);
    }

    /** {@return this JVM's share or the whole machine} Default {@link Scope#PROCESS}. */
    public Scope scope() {
        return values.get(ConfigTable.SCOPE);
    }

    /** {@return CPU thermal design power per socket, for the TDP × load model; empty: from the CPU model} */
    public Optional<Power> cpuTdp() {
        return values.optional(ConfigTable.CPU_TDP);
    }

    /** {@return fixed CPU power of the machine; empty: measured or estimated} */
    public Optional<Power> cpuPower() {
        return values.optional(ConfigTable.CPU_POWER);
    }

    /** {@return fixed RAM power of the machine; empty: estimated} */
    public Optional<Power> ramPower() {
        return values.optional(ConfigTable.RAM_POWER);
    }

    /** {@return NVML indices or UUIDs to measure, comma-separated, as configured; empty: CUDA_VISIBLE_DEVICES, else all} */
    public Optional<String> gpuDevices() {
        return values.optional(ConfigTable.GPU_DEVICES);
    }

    /** {@return root of the Linux powercap tree} Default {@link #DEFAULT_POWERCAP_ROOT}. */
    public Path powercapRoot() {
        return values.get(ConfigTable.POWERCAP_ROOT);
    }

    /** {@return whether to prefer the RAPL psys zone over package zones} Default {@code false}. */
    public boolean raplPsys() {
        return values.get(ConfigTable.RAPL_PSYS);
    }

    /** {@return the clock of every measurement} Default {@link Clock#SYSTEM}. */
    public Clock clock() {
        return values.clock();
    }

    /** {@return where the grid's intensity comes from; {@link IntensityProvider#OFFLINE} unless configured} */
    public IntensityProvider intensityProvider() {
        return values.get(ConfigTable.INTENSITY_PROVIDER);
    }

    /** {@return the base URL that replaces the live provider's public one; empty: its public one} */
    public Optional<URI> intensityUrl() {
        return values.optional(ConfigTable.INTENSITY_URL);
    }

    /** {@return what choosing the CPU and RAM meters needs of this configuration} @since 0.3 */
    public MeterSettings meterSettings() {
        return ConfigSettings.meter(this);
    }

    /** {@return what opening the GPU meter needs of this configuration} @since 0.3 */
    public GpuSettings gpuSettings() {
        return ConfigSettings.gpu(this);
    }

    /** {@return what resolving the carbon intensity (offline or live) needs of this configuration} @since 0.3 */
    public IntensitySettings intensitySettings() {
        return ConfigSettings.intensity(this);
    }

    /** {@return what the reports need of this configuration beyond the run} @since 0.3 */
    public ReportSettings reportSettings() {
        return ConfigSettings.report(this);
    }

    /** {@return the Electricity Maps token} Never print it. */
    public Optional<String> electricityMapsToken() {
        return values.optional(ConfigTable.ELECTRICITYMAPS_TOKEN);
    }

    /** {@return the Electricity Maps zone, when set rather than derived} */
    public Optional<String> electricityMapsZone() {
        return values.optional(ConfigTable.ELECTRICITYMAPS_ZONE);
    }

    /** {@return the UK postcode for the regional UK Carbon Intensity figure} */
    public Optional<String> ukPostcode() {
        return values.optional(ConfigTable.UK_POSTCODE);
    }

    /** {@return whether logged steps add to OpenTelemetry counters} Default {@code false}. */
    public boolean otel() {
        return values.get(ConfigTable.OTEL);
    }

    /**
     * Builds a {@link CarbonConfig}. Not thread-safe. Each setter checks its value as the key's row
     * does and throws a {@link CarbonConfigurationException} naming the key. A value set in code wins
     * over every source given to {@link #from}, whatever the order of the calls; of two sources, the
     * later {@code from} wins for the keys both set.
     */
    public static final class Builder {
        private final ConfigDraft draft;

        private Builder(ConfigDraft draft) {
            this.draft = draft;
        }

        /**
         * Reads every key the source has, checked as its setter would; a key also set in code keeps
         * the value set in code. A name the source lists that looks like a key but is none gets a
         * notice naming the closest key.
         *
         * @param source where the keys are read
         * @return this builder
         * @throws CarbonConfigurationException naming the key and the value of an invalid one
         */
        public Builder from(ConfigSource source) {
            draft.read(source);
            return this;
        }

        private <T> Builder set(ConfigKey<T> key, T value) {
            draft.set(key, value);
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
            return set(ConfigTable.CLOUD_PROVIDER, provider).set(ConfigTable.CLOUD_REGION, region);
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
            draft.clock(clock);
            return this;
        }

        /** {@return the configuration: the sources' values, overridden by those set in code} */
        public CarbonConfig build() {
            return new CarbonConfig(draft.build());
        }
    }
}
