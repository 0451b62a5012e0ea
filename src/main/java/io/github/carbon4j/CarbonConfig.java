package io.github.carbon4j;

import io.github.carbon4j.intensity.IntensitySettings;
import io.github.carbon4j.meter.MeterSettings;
import io.github.carbon4j.nvml.GpuSettings;
import io.github.carbon4j.report.ReportSettings;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How a {@link CarbonLogger} measures and where it reports. Immutable and thread-safe; build one with
 * {@link #builder()} or read one with {@link #fromEnvironment()}. Unset optional values are empty,
 * never null. Every invalid value fails fast with an {@link IllegalArgumentException} that names the
 * configuration key and the value.
 *
 * @since 0.1
 */
public final class CarbonConfig {

    /** Default output directory, relative to the working directory. */
    public static final Path DEFAULT_OUTPUT_DIRECTORY = Path.of("target", "carbon4j");
    /** Default powercap root on Linux. */
    public static final Path DEFAULT_POWERCAP_ROOT = Path.of("/sys/class/powercap");

    private final String experiment;
    private final Path outputDirectory;
    private final boolean reports;
    private final Optional<CarbonIntensity> carbonIntensity;
    private final Optional<String> country;
    private final Optional<String> region;
    private final Optional<String> cloudProvider;
    private final Optional<String> cloudRegion;
    private final Map<String, Double> energyMix;
    private final double pue;
    private final Scope scope;
    private final Optional<Power> cpuTdp;
    private final Optional<Power> cpuPower;
    private final Optional<Power> ramPower;
    private final Optional<String> gpuDevices;
    private final Path powercapRoot;
    private final boolean raplPsys;
    private final boolean pueConfigured;
    private final Optional<Emissions> embodiedEmissions;
    private final double embodiedLifetimeYears;
    private final Optional<Double> embodiedShare;
    private final Clock clock;
    private final LiveSettings live;

    private CarbonConfig(Builder b) {
        experiment = b.experiment;
        outputDirectory = b.outputDirectory;
        reports = b.reports;
        carbonIntensity = b.carbonIntensity;
        country = b.country;
        region = b.region;
        cloudProvider = b.cloudProvider;
        cloudRegion = b.cloudRegion;
        energyMix = Collections.unmodifiableMap(new LinkedHashMap<>(b.energyMix));
        pue = b.pue;
        scope = b.scope;
        cpuTdp = b.cpuTdp;
        cpuPower = b.cpuPower;
        ramPower = b.ramPower;
        gpuDevices = b.gpuDevices;
        powercapRoot = b.powercapRoot;
        raplPsys = b.raplPsys;
        pueConfigured = b.pueConfigured;
        embodiedEmissions = b.embodiedEmissions;
        embodiedLifetimeYears = b.embodiedLifetimeYears;
        embodiedShare = b.embodiedShare;
        clock = b.clock;
        live = b.live;
    }

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

    /** Reads the {@code carbon4j.*} keys from the given source only. */
    public static CarbonConfig from(ConfigSource source) {
        return builder().from(source).build();
    }

    /** A builder holding this configuration's values, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.experiment = experiment;
        b.outputDirectory = outputDirectory;
        b.reports = reports;
        b.carbonIntensity = carbonIntensity;
        b.country = country;
        b.region = region;
        b.cloudProvider = cloudProvider;
        b.cloudRegion = cloudRegion;
        b.energyMix = new LinkedHashMap<>(energyMix);
        b.pue = pue;
        b.scope = scope;
        b.cpuTdp = cpuTdp;
        b.cpuPower = cpuPower;
        b.ramPower = ramPower;
        b.gpuDevices = gpuDevices;
        b.powercapRoot = powercapRoot;
        b.raplPsys = raplPsys;
        b.pueConfigured = pueConfigured;
        b.embodiedEmissions = embodiedEmissions;
        b.embodiedLifetimeYears = embodiedLifetimeYears;
        b.embodiedShare = embodiedShare;
        b.clock = clock;
        b.live = live;
        return b;
    }

    public String experiment() { return experiment; }
    public Path outputDirectory() { return outputDirectory; }
    /** Whether the logger writes report files into {@link #outputDirectory()}. */
    public boolean reports() { return reports; }
    /** A fixed carbon intensity, overriding every location. */
    public Optional<CarbonIntensity> carbonIntensity() { return carbonIntensity; }
    public Optional<String> country() { return country; }
    public Optional<String> region() { return region; }
    public Optional<String> cloudProvider() { return cloudProvider; }
    public Optional<String> cloudRegion() { return cloudRegion; }
    /** Shares per source (percentages or fractions); empty when not set. */
    public Map<String, Double> energyMix() { return energyMix; }
    /** The configured PUE, or 1 when none is: {@link #pueConfigured()} tells which. */
    public double pue() { return pue; }
    /**
     * Whether {@link #pue()} was set ({@code carbon4j.pue} or the builder); when not, a configured cloud
     * region brings its provider's published PUE.
     */
    public boolean pueConfigured() { return pueConfigured; }
    /** The machine's embodied emissions TE as configured; empty for the estimate from its hardware. */
    public Optional<Emissions> embodiedEmissions() { return embodiedEmissions; }
    /** The machine's expected lifespan EL, years. Default 4. */
    public double embodiedLifetimeYears() { return embodiedLifetimeYears; }
    /** The share of the machine reserved (RR / ToR) as configured; empty for the default of the scope. */
    public Optional<Double> embodiedShare() { return embodiedShare; }
    public Scope scope() { return scope; }
    /** CPU thermal design power per socket, for the TDP × load model. */
    public Optional<Power> cpuTdp() { return cpuTdp; }
    /** Fixed CPU power of the machine. */
    public Optional<Power> cpuPower() { return cpuPower; }
    /** Fixed RAM power of the machine. */
    public Optional<Power> ramPower() { return ramPower; }
    /** NVML indices or UUIDs to measure, comma-separated, as configured. */
    public Optional<String> gpuDevices() { return gpuDevices; }
    public Path powercapRoot() { return powercapRoot; }
    /** Whether to prefer the RAPL psys zone over package zones. */
    public boolean raplPsys() { return raplPsys; }
    public Clock clock() { return clock; }
    /** Where the grid's intensity comes from; {@link IntensityProvider#OFFLINE} unless configured. */
    public IntensityProvider intensityProvider() { return live.provider(); }

    /** What choosing the CPU and RAM meters needs of this configuration. @since 0.3 */
    public MeterSettings meterSettings() {
        return new MeterSettings(scope, cpuPower, ramPower, cpuTdp, powercapRoot, raplPsys, clock);
    }

    /** What opening the GPU meter needs of this configuration. @since 0.3 */
    public GpuSettings gpuSettings() {
        return new GpuSettings(gpuDevices, scope, clock);
    }

    /** What resolving the carbon intensity (offline or live) needs of this configuration. @since 0.3 */
    public IntensitySettings intensitySettings() {
        return new IntensitySettings(carbonIntensity, energyMix, country, region, cloudProvider, cloudRegion,
                live.provider(), live.url(), live.token(), live.zone(), live.postcode(), pueConfigured, clock);
    }

    /** What the reports need of this configuration beyond the run. @since 0.3 */
    public ReportSettings reportSettings() {
        return new ReportSettings(reports, country, region, cloudProvider, cloudRegion);
    }
    /** The base URL that replaces the live provider's public one. */
    public Optional<java.net.URI> intensityUrl() { return live.url(); }
    /** The Electricity Maps token. Never print it. */
    public Optional<String> electricityMapsToken() { return live.token(); }
    /** The Electricity Maps zone, when set rather than derived. */
    public Optional<String> electricityMapsZone() { return live.zone(); }
    /** The UK postcode for the regional UK Carbon Intensity figure. */
    public Optional<String> ukPostcode() { return live.postcode(); }
    /** Whether logged steps add to OpenTelemetry counters. */
    public boolean otel() { return live.otel(); }

    /** The settings of live intensity and OpenTelemetry, kept together to keep this class's hunks small. */
    private record LiveSettings(IntensityProvider provider, Optional<java.net.URI> url, Optional<String> token,
            Optional<String> zone, Optional<String> postcode, boolean otel) {

        static final LiveSettings DEFAULT = new LiveSettings(IntensityProvider.OFFLINE, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), false);

        @Override
        public String toString() {
            return "LiveSettings[provider=" + provider + ", url=" + url + ", zone=" + zone + ", otel=" + otel + "]";
        }
    }

    /**
     * Builds a {@link CarbonConfig}. Not thread-safe. Each setter validates its value and throws an
     * {@link IllegalArgumentException} naming the configuration key.
     */
    public static final class Builder {
        private String experiment = "carbon4j";
        private Path outputDirectory = DEFAULT_OUTPUT_DIRECTORY;
        private boolean reports = true;
        private Optional<CarbonIntensity> carbonIntensity = Optional.empty();
        private Optional<String> country = Optional.empty();
        private Optional<String> region = Optional.empty();
        private Optional<String> cloudProvider = Optional.empty();
        private Optional<String> cloudRegion = Optional.empty();
        private Map<String, Double> energyMix = new LinkedHashMap<>();
        private double pue = 1.0;
        private Scope scope = Scope.PROCESS;
        private Optional<Power> cpuTdp = Optional.empty();
        private Optional<Power> cpuPower = Optional.empty();
        private Optional<Power> ramPower = Optional.empty();
        private Optional<String> gpuDevices = Optional.empty();
        private Path powercapRoot = DEFAULT_POWERCAP_ROOT;
        private boolean raplPsys;
        private boolean pueConfigured;
        private Optional<Emissions> embodiedEmissions = Optional.empty();
        private double embodiedLifetimeYears = EmbodiedModel.DEFAULT_LIFETIME_YEARS;
        private Optional<Double> embodiedShare = Optional.empty();
        private Clock clock = Clock.SYSTEM;
        private LiveSettings live = LiveSettings.DEFAULT;

        private Builder() {}

        /**
         * Sets every key the source has; keys it lacks keep their current value. A name the source
         * lists that looks like a key but is none gets a notice naming the closest key.
         */
        public Builder from(ConfigSource source) {
            ConfigKeys.noticeUnknown(source.names());
            ConfigValues values = new ConfigValues(source);
            values.string(ConfigKeys.EXPERIMENT).ifPresent(this::experiment);
            values.string(ConfigKeys.OUTPUT_DIR).ifPresent(v -> outputDirectory(values.convert(ConfigKeys.OUTPUT_DIR, v,
                    Path::of)));
            values.bool(ConfigKeys.REPORTS).ifPresent(this::reports);
            values.string(ConfigKeys.INTENSITY).ifPresent(v -> carbonIntensity(values.convert(ConfigKeys.INTENSITY, v,
                    s -> CarbonIntensity.ofGramsPerKilowattHour(ConfigValues.checkIntensity(Double.parseDouble(s))))));
            values.string(ConfigKeys.COUNTRY).ifPresent(this::country);
            values.string(ConfigKeys.REGION).ifPresent(this::region);
            values.string(ConfigKeys.CLOUD_PROVIDER).ifPresent(v -> cloudProvider = Optional.of(v));
            values.string(ConfigKeys.CLOUD_REGION).ifPresent(v -> cloudRegion = Optional.of(v));
            values.shares(ConfigKeys.ENERGY_MIX).ifPresent(this::energyMix);
            values.string(ConfigKeys.PUE).ifPresent(v -> pue(values.convert(ConfigKeys.PUE, v,
                    s -> checkPue(Double.parseDouble(s)))));
            values.string(ConfigKeys.SCOPE).ifPresent(v -> scope(values.convert(ConfigKeys.SCOPE, v, Scope::parse)));
            values.power(ConfigKeys.CPU_TDP).ifPresent(this::cpuTdp);
            values.power(ConfigKeys.CPU_POWER).ifPresent(this::cpuPower);
            values.power(ConfigKeys.RAM_POWER).ifPresent(this::ramPower);
            values.string(ConfigKeys.GPU_DEVICES).ifPresent(this::gpuDevices);
            values.string(ConfigKeys.POWERCAP_ROOT).ifPresent(v -> powercapRoot(values.convert(ConfigKeys.POWERCAP_ROOT,
                    v, Path::of)));
            values.bool(ConfigKeys.RAPL_PSYS).ifPresent(this::raplPsys);
            values.string(ConfigKeys.INTENSITY_PROVIDER).ifPresent(v -> intensityProvider(values.convert(
                    ConfigKeys.INTENSITY_PROVIDER, v, IntensityProvider::parse)));
            values.string(ConfigKeys.INTENSITY_URL).ifPresent(v -> intensityUrl(values.convert(ConfigKeys.INTENSITY_URL, v,
                    java.net.URI::create)));
            // Never through convert: its message would quote the token.
            values.string(ConfigKeys.ELECTRICITYMAPS_TOKEN).ifPresent(this::electricityMapsToken);
            values.string(ConfigKeys.ELECTRICITYMAPS_ZONE).ifPresent(this::electricityMapsZone);
            values.string(ConfigKeys.UK_POSTCODE).ifPresent(this::ukPostcode);
            values.bool(ConfigKeys.OTEL).ifPresent(this::otel);
            values.string(ConfigKeys.EMBODIED_EMISSIONS).ifPresent(v -> embodiedEmissions(values.convert(
                    ConfigKeys.EMBODIED_EMISSIONS, v, s -> EmbodiedModel.checkTotal(parseMass(s)))));
            values.string(ConfigKeys.EMBODIED_LIFETIME).ifPresent(v -> embodiedLifetimeYears(values.convert(
                    ConfigKeys.EMBODIED_LIFETIME, v, s -> EmbodiedModel.checkLifetime(Double.parseDouble(s)))));
            values.string(ConfigKeys.EMBODIED_SHARE).ifPresent(v -> embodiedShare(values.convert(
                    ConfigKeys.EMBODIED_SHARE, v, s -> EmbodiedModel.checkShare(Double.parseDouble(s)))));
            return this;
        }

        public Builder experiment(String experiment) {
            this.experiment = ConfigValues.requireText(ConfigKeys.EXPERIMENT, experiment);
            return this;
        }

        public Builder outputDirectory(Path outputDirectory) {
            this.outputDirectory = ConfigValues.requireNonNull(ConfigKeys.OUTPUT_DIR, outputDirectory);
            return this;
        }

        public Builder reports(boolean reports) {
            this.reports = reports;
            return this;
        }

        public Builder carbonIntensity(CarbonIntensity carbonIntensity) {
            this.carbonIntensity = Optional.of(ConfigValues.check(ConfigKeys.INTENSITY, carbonIntensity, i -> {
                ConfigValues.checkIntensity(i.gramsPerKilowattHour());
                return i;
            }));
            return this;
        }

        public Builder country(String country) {
            this.country = Optional.of(ConfigValues.requireText(ConfigKeys.COUNTRY, country));
            return this;
        }

        public Builder region(String region) {
            this.region = Optional.of(ConfigValues.requireText(ConfigKeys.REGION, region));
            return this;
        }

        public Builder cloud(String provider, String region) {
            this.cloudProvider = Optional.of(ConfigValues.requireText(ConfigKeys.CLOUD_PROVIDER, provider));
            this.cloudRegion = Optional.of(ConfigValues.requireText(ConfigKeys.CLOUD_REGION, region));
            return this;
        }

        public Builder energyMix(Map<String, Double> shares) {
            ConfigValues.requireNonNull(ConfigKeys.ENERGY_MIX, shares);
            this.energyMix = new LinkedHashMap<>(shares);
            return this;
        }

        /** Power usage effectiveness, from 1 (no data-centre overhead) to 10. */
        public Builder pue(double pue) {
            try {
                this.pue = checkPue(pue);
                this.pueConfigured = true;
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("invalid " + ConfigKeys.PUE + " \"" + pue + "\": " + e.getMessage(), e);
            }
            return this;
        }

        private static double checkPue(double pue) {
            if (!(pue >= 1) || pue > ConfigValues.MAX_PUE) {
                throw new IllegalArgumentException("PUE must be a number from 1 to " + (long) ConfigValues.MAX_PUE
                        + " (real data centres are about 1.1 to 3)");
            }
            return pue;
        }

        public Builder scope(Scope scope) {
            this.scope = ConfigValues.requireNonNull(ConfigKeys.SCOPE, scope);
            return this;
        }

        public Builder cpuTdp(Power tdp) {
            this.cpuTdp = Optional.of(ConfigValues.check(ConfigKeys.CPU_TDP, tdp, ConfigValues::checkPower));
            return this;
        }

        public Builder cpuPower(Power power) {
            this.cpuPower = Optional.of(ConfigValues.check(ConfigKeys.CPU_POWER, power, ConfigValues::checkPower));
            return this;
        }

        public Builder ramPower(Power power) {
            this.ramPower = Optional.of(ConfigValues.check(ConfigKeys.RAM_POWER, power, ConfigValues::checkPower));
            return this;
        }

        public Builder gpuDevices(String devices) {
            this.gpuDevices = Optional.of(ConfigValues.requireText(ConfigKeys.GPU_DEVICES, devices));
            return this;
        }

        public Builder powercapRoot(Path root) {
            this.powercapRoot = ConfigValues.requireNonNull(ConfigKeys.POWERCAP_ROOT, root);
            return this;
        }

        public Builder raplPsys(boolean psys) {
            this.raplPsys = psys;
            return this;
        }

        /**
         * The machine's embodied emissions TE (manufacture and disposal); zero turns embodied
         * emissions off. Unset: estimated from the machine's hardware.
         */
        public Builder embodiedEmissions(Emissions total) {
            this.embodiedEmissions = Optional.of(ConfigValues.check(ConfigKeys.EMBODIED_EMISSIONS, total,
                    EmbodiedModel::checkTotal));
            return this;
        }

        /** The machine's expected lifespan EL in years, more than 0 and at most 100. */
        public Builder embodiedLifetimeYears(double years) {
            this.embodiedLifetimeYears = ConfigValues.check(ConfigKeys.EMBODIED_LIFETIME, years,
                    EmbodiedModel::checkLifetime);
            return this;
        }

        /** The share of the machine reserved for this run (RR / ToR), in (0, 1]. */
        public Builder embodiedShare(double share) {
            this.embodiedShare = Optional.of(ConfigValues.check(ConfigKeys.EMBODIED_SHARE, share,
                    EmbodiedModel::checkShare));
            return this;
        }

        /** {@code 0} alone is no mass with a unit, but means "off": accept it. */
        private static Emissions parseMass(String text) {
            return text.matches("0+(\\.0*)?") ? Emissions.ZERO : Emissions.parse(text);
        }

        public Builder clock(Clock clock) {
            this.clock = ConfigValues.requireNonNull("clock", clock);
            return this;
        }

        public Builder intensityProvider(IntensityProvider provider) {
            ConfigValues.requireNonNull(ConfigKeys.INTENSITY_PROVIDER, provider);
            live = new LiveSettings(provider, live.url(), live.token(), live.zone(), live.postcode(), live.otel());
            return this;
        }

        /** An absolute http or https URL. */
        public Builder intensityUrl(java.net.URI url) {
            ConfigValues.requireNonNull(ConfigKeys.INTENSITY_URL, url);
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
                throw new IllegalArgumentException("invalid " + ConfigKeys.INTENSITY_URL + " \"" + url
                        + "\": must be an absolute http or https URL");
            }
            live = new LiveSettings(live.provider(), Optional.of(url), live.token(), live.zone(), live.postcode(), live.otel());
            return this;
        }

        public Builder electricityMapsToken(String token) {
            if (token == null || token.isBlank()) {
                throw new IllegalArgumentException(ConfigKeys.ELECTRICITYMAPS_TOKEN + " must not be blank");
            }
            live = new LiveSettings(live.provider(), live.url(), Optional.of(token.trim()), live.zone(), live.postcode(),
                    live.otel());
            return this;
        }

        public Builder electricityMapsZone(String zone) {
            String z = ConfigValues.requireText(ConfigKeys.ELECTRICITYMAPS_ZONE, zone);
            live = new LiveSettings(live.provider(), live.url(), live.token(), Optional.of(z), live.postcode(), live.otel());
            return this;
        }

        public Builder ukPostcode(String postcode) {
            String p = ConfigValues.requireText(ConfigKeys.UK_POSTCODE, postcode);
            live = new LiveSettings(live.provider(), live.url(), live.token(), live.zone(), Optional.of(p), live.otel());
            return this;
        }

        public Builder otel(boolean otel) {
            live = new LiveSettings(live.provider(), live.url(), live.token(), live.zone(), live.postcode(), otel);
            return this;
        }

        public CarbonConfig build() {
            return new CarbonConfig(this);
        }
    }
}
