package io.github.carbon4j;

import io.github.carbon4j.internal.NoticeRoute;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one table of carbon4j's configuration keys: each row names a key, parses and checks its
 * values, and gives its default, unit and help. It drives {@link CarbonConfig} and its builder,
 * the sources ({@link ConfigSource}: system properties, environment, {@code carbon4j.properties},
 * JUnit configuration parameters), the JMH profiler's options and help, and the README's key table
 * (a test holds them together). A new key is one row here, its {@link ConfigKeys} name, and its use.
 *
 * @since 0.3
 */
public final class ConfigTable {

    /** The row of {@link ConfigKeys#EXPERIMENT}: its type, check, default, unit and help. */
    public static final ConfigKey<String> EXPERIMENT =
            text(ConfigKeys.EXPERIMENT, "experiment name in reports", "name").defaults("carbon4j", "carbon4j");
    /** The row of {@link ConfigKeys#OUTPUT_DIR}: its type, check, default, unit and help. */
    public static final ConfigKey<Path> OUTPUT_DIR = ConfigKey.<Path>of(
                    ConfigKeys.OUTPUT_DIR,
                    ConfigChecks.PATH,
                    "where reports go (each JMH fork adds its own run)",
                    "target/carbon4j")
            .defaults(CarbonConfig.DEFAULT_OUTPUT_DIRECTORY, "target/carbon4j");
    /** The row of {@link ConfigKeys#REPORTS}: its type, check, default, unit and help. */
    public static final ConfigKey<Boolean> REPORTS =
            flag(ConfigKeys.REPORTS, "write report files", "false").defaults(true, "true");
    /** The row of {@link ConfigKeys#INTENSITY}: its type, check, default, unit and help. */
    public static final ConfigKey<CarbonIntensity> INTENSITY = ConfigKey.<CarbonIntensity>of(
                    ConfigKeys.INTENSITY,
                    ConfigChecks.INTENSITY,
                    "fixed carbon intensity, overrides every location",
                    "400")
            .checked(ConfigChecks.INTENSITY)
            .unit("g/kWh")
            .defaults("from location");
    /** The row of {@link ConfigKeys#COUNTRY}: its type, check, default, unit and help. */
    public static final ConfigKey<String> COUNTRY = text(
                    ConfigKeys.COUNTRY, "grid location: ISO 3166 alpha-3, alpha-2 or English name", "FRA")
            .defaults("world average");
    /** The row of {@link ConfigKeys#REGION}: its type, check, default, unit and help. */
    public static final ConfigKey<String> REGION =
            text(ConfigKeys.REGION, "grid location: US state, Canadian province, Nordic bidding zone", "california");
    /** The row of {@link ConfigKeys#CLOUD_PROVIDER}: its type, check, default, unit and help. */
    public static final ConfigKey<String> CLOUD_PROVIDER = text(
            ConfigKeys.CLOUD_PROVIDER,
            "cloud provider: gcp, aws or azure (JMH: cloud=gcp:europe-west1 sets both)",
            "gcp");
    /** The row of {@link ConfigKeys#CLOUD_REGION}: its type, check, default, unit and help. */
    public static final ConfigKey<String> CLOUD_REGION =
            text(ConfigKeys.CLOUD_REGION, "cloud region of the provider", "europe-west1");
    /** The row of {@link ConfigKeys#ENERGY_MIX}: its type, check, default, unit and help. */
    public static final ConfigKey<Map<String, Double>> ENERGY_MIX = ConfigKey.<Map<String, Double>>of(
                    ConfigKeys.ENERGY_MIX,
                    ConfigChecks.SHARES,
                    "electricity mix by source, percent or fractions",
                    "coal=25,nuclear=75")
            .checked(ConfigChecks.SHARES)
            .defaults(Map.of(), "");
    /** The row of {@link ConfigKeys#PUE}: its type, check, default, unit and help. */
    public static final ConfigKey<Double> PUE = number(
                    ConfigKeys.PUE, "data-centre power usage effectiveness, from 1 to 10", "1.2")
            .checked(ConfigChecks.PUE)
            .defaults(1.0, "the cloud provider's published PUE, else 1");
    /** The row of {@link ConfigKeys#SCOPE}: its type, check, default, unit and help. */
    public static final ConfigKey<Scope> SCOPE = ConfigKey.<Scope>of(
                    ConfigKeys.SCOPE, ConfigChecks.SCOPE, "process (this JVM's share) or machine", "machine")
            .defaults(Scope.PROCESS, "process");
    /** The row of {@link ConfigKeys#CPU_TDP}: its type, check, default, unit and help. */
    public static final ConfigKey<Power> CPU_TDP = power(
                    ConfigKeys.CPU_TDP, "CPU TDP per socket for the load model", "65")
            .defaults("from the CPU model");
    /** The row of {@link ConfigKeys#CPU_POWER}: its type, check, default, unit and help. */
    public static final ConfigKey<Power> CPU_POWER = power(
                    ConfigKeys.CPU_POWER, "fixed CPU power of the machine instead of measuring", "100")
            .defaults("measured / estimated");
    /** The row of {@link ConfigKeys#RAM_POWER}: its type, check, default, unit and help. */
    public static final ConfigKey<Power> RAM_POWER = power(
                    ConfigKeys.RAM_POWER, "fixed RAM power of the machine instead of the DIMM model", "10")
            .defaults("estimated");
    /** The row of {@link ConfigKeys#GPU_DEVICES}: its type, check, default, unit and help. */
    public static final ConfigKey<String> GPU_DEVICES = text(
                    ConfigKeys.GPU_DEVICES, "NVML indices or UUIDs of the GPUs to measure", "0,1")
            .defaults("CUDA_VISIBLE_DEVICES, else all");
    /** The row of {@link ConfigKeys#POWERCAP_ROOT}: its type, check, default, unit and help. */
    public static final ConfigKey<Path> POWERCAP_ROOT = ConfigKey.<Path>of(
                    ConfigKeys.POWERCAP_ROOT,
                    ConfigChecks.PATH,
                    "root of the Linux powercap tree (RAPL)",
                    "/sys/class/powercap")
            .defaults(CarbonConfig.DEFAULT_POWERCAP_ROOT, "/sys/class/powercap");
    /** The row of {@link ConfigKeys#RAPL_PSYS}: its type, check, default, unit and help. */
    public static final ConfigKey<Boolean> RAPL_PSYS = flag(
                    ConfigKeys.RAPL_PSYS, "use the RAPL psys zone instead of the package zones", "true")
            .defaults(false, "false");
    /** The row of {@link ConfigKeys#INTENSITY_PROVIDER}: its type, check, default, unit and help. */
    public static final ConfigKey<IntensityProvider> INTENSITY_PROVIDER = ConfigKey.<IntensityProvider>of(
                    ConfigKeys.INTENSITY_PROVIDER,
                    ConfigChecks.PROVIDER,
                    "live grid intensity: offline, electricitymaps or uk-carbon-intensity",
                    "electricitymaps")
            .defaults(IntensityProvider.OFFLINE, "offline");
    /** The row of {@link ConfigKeys#INTENSITY_URL}: its type, check, default, unit and help. */
    public static final ConfigKey<URI> INTENSITY_URL = ConfigKey.<URI>of(
                    ConfigKeys.INTENSITY_URL,
                    ConfigChecks.URL,
                    "base URL of the live provider instead of its public one (proxies, tests)",
                    "http://proxy")
            .checked(ConfigChecks.URL);
    /** The row of {@link ConfigKeys#ELECTRICITYMAPS_TOKEN}: its type, check, default, unit and help. */
    public static final ConfigKey<String> ELECTRICITYMAPS_TOKEN = text(
                    ConfigKeys.ELECTRICITYMAPS_TOKEN,
                    "Electricity Maps API token, never printed; better set in the environment",
                    "...")
            .secret();
    /** The row of {@link ConfigKeys#ELECTRICITYMAPS_ZONE}: its type, check, default, unit and help. */
    public static final ConfigKey<String> ELECTRICITYMAPS_ZONE =
            text(ConfigKeys.ELECTRICITYMAPS_ZONE, "Electricity Maps zone", "DE").defaults("from the location keys");
    /** The row of {@link ConfigKeys#UK_POSTCODE}: its type, check, default, unit and help. */
    public static final ConfigKey<String> UK_POSTCODE =
            text(ConfigKeys.UK_POSTCODE, "UK postcode for the regional UK Carbon Intensity figure", "RG10");
    /** The row of {@link ConfigKeys#OTEL}: its type, check, default, unit and help. */
    public static final ConfigKey<Boolean> OTEL = flag(
                    ConfigKeys.OTEL, "every step adds to OpenTelemetry counters (bring the SDK)", "true")
            .defaults(false, "false");
    /** The row of {@link ConfigKeys#EMBODIED_EMISSIONS}: its type, check, default, unit and help. */
    public static final ConfigKey<Emissions> EMBODIED_EMISSIONS = ConfigKey.<Emissions>of(
                    ConfigKeys.EMBODIED_EMISSIONS,
                    ConfigChecks.MASS,
                    "the machine's embodied emissions TE; 0 turns them off",
                    "1000 kg")
            .checked(ConfigChecks.EMBODIED)
            .defaults("estimated");
    /** The row of {@link ConfigKeys#EMBODIED_LIFETIME}: its type, check, default, unit and help. */
    public static final ConfigKey<Double> EMBODIED_LIFETIME = number(
                    ConfigKeys.EMBODIED_LIFETIME, "the machine's expected lifespan EL, more than 0", "4")
            .checked(ConfigChecks.LIFETIME)
            .unit("years")
            .defaults(EmbodiedModel.DEFAULT_LIFETIME_YEARS, "4");
    /** The row of {@link ConfigKeys#EMBODIED_SHARE}: its type, check, default, unit and help. */
    public static final ConfigKey<Double> EMBODIED_SHARE = number(
                    ConfigKeys.EMBODIED_SHARE, "the part of the machine reserved, RR / ToR, in (0, 1]", "0.25")
            .checked(ConfigChecks.SHARE)
            .defaults("this JVM's processors / the machine's (process), 1 (machine)");
    /** The row of {@link ConfigKeys#NOTICES}: its type, check, default, unit and help. */
    public static final ConfigKey<NoticeRoute> NOTICES = ConfigKey.<NoticeRoute>of(
                    ConfigKeys.NOTICES,
                    ConfigChecks.NOTICES,
                    "where notices go: auto (System.Logger where logging is routed, else stderr), logger or"
                            + " stderr; code without a configuration (ReportMain, a JMH host) reads the system"
                            + " property and environment only",
                    "stderr")
            .defaults(NoticeRoute.AUTO, "auto");
    /** The row of {@link ConfigKeys#BUDGET_TEST_ENERGY}: its type, check, default, unit and help. */
    public static final ConfigKey<Energy> BUDGET_TEST_ENERGY = ConfigKey.<Energy>of(
                    ConfigKeys.BUDGET_TEST_ENERGY,
                    ConfigChecks.ENERGY,
                    "JUnit only: energy budget of every tracked test without its own @CarbonBudget",
                    "2 J")
            .readBy(ConfigKey.Reader.JUNIT);
    /** The row of {@link ConfigKeys#BUDGET_TEST_EMISSIONS}: its type, check, default, unit and help. */
    public static final ConfigKey<Emissions> BUDGET_TEST_EMISSIONS = ConfigKey.<Emissions>of(
                    ConfigKeys.BUDGET_TEST_EMISSIONS,
                    ConfigChecks.EMISSIONS,
                    "JUnit only: emissions budget of every tracked test without its own @CarbonBudget",
                    "1 mg")
            .readBy(ConfigKey.Reader.JUNIT);

    private static final List<ConfigKey<?>> ALL = List.of(
            EXPERIMENT,
            OUTPUT_DIR,
            REPORTS,
            INTENSITY,
            COUNTRY,
            REGION,
            CLOUD_PROVIDER,
            CLOUD_REGION,
            ENERGY_MIX,
            PUE,
            SCOPE,
            CPU_TDP,
            CPU_POWER,
            RAM_POWER,
            GPU_DEVICES,
            POWERCAP_ROOT,
            RAPL_PSYS,
            INTENSITY_PROVIDER,
            INTENSITY_URL,
            ELECTRICITYMAPS_TOKEN,
            ELECTRICITYMAPS_ZONE,
            UK_POSTCODE,
            OTEL,
            EMBODIED_EMISSIONS,
            EMBODIED_LIFETIME,
            EMBODIED_SHARE,
            NOTICES,
            BUDGET_TEST_ENERGY,
            BUDGET_TEST_EMISSIONS);

    private ConfigTable() {}

    /** {@return every key, in the table's order} */
    public static List<ConfigKey<?>> all() {
        return ALL;
    }

    /**
     * The keys one reader reads, in the table's order.
     *
     * @param reader who reads the keys
     * @return the keys; empty when the reader reads none
     */
    public static List<ConfigKey<?>> readBy(ConfigKey.Reader reader) {
        // Loops, not streams: a starting JVM reads its configuration before anything else would load them.
        List<ConfigKey<?>> keys = new java.util.ArrayList<>();
        for (ConfigKey<?> key : ALL) {
            if (key.reader() == reader) {
                keys.add(key);
            }
        }
        return List.copyOf(keys);
    }

    /**
     * The row of a key name, e.g. {@code carbon4j.pue}.
     *
     * @param name the key name
     * @return the row; empty when no key has that name
     */
    public static Optional<ConfigKey<?>> find(String name) {
        for (ConfigKey<?> key : ALL) {
            if (key.name().equals(name)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    private static ConfigKey<String> text(String name, String help, String example) {
        return ConfigKey.<String>of(name, ConfigChecks.TEXT, help, example).checked(ConfigChecks.TEXT);
    }

    private static ConfigKey<Boolean> flag(String name, String help, String example) {
        return ConfigKey.of(name, ConfigChecks.FLAG, help, example);
    }

    private static ConfigKey<Double> number(String name, String help, String example) {
        return ConfigKey.of(name, ConfigChecks.NUMBER, help, example);
    }

    private static ConfigKey<Power> power(String name, String help, String example) {
        return ConfigKey.<Power>of(name, ConfigChecks.POWER, help, example)
                .checked(ConfigChecks.POWER)
                .unit("W");
    }
}
