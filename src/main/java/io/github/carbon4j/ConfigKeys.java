package io.github.carbon4j;

import java.util.List;

/**
 * The configuration keys of carbon4j, one namespace for the core, the JUnit extension (as
 * configuration parameters) and the JMH profiler (as options, without the {@code carbon4j.} prefix).
 * In the environment a key is upper case with dots and dashes as underscores:
 * {@code carbon4j.cpu.tdp} is {@code CARBON4J_CPU_TDP}. Renaming a key breaks users: they are pinned
 * by a test. Each key's type, default, unit and help are its row in {@link ConfigTable}.
 *
 * @since 0.1
 */
public final class ConfigKeys {

    /** The prefix of every key. */
    public static final String PREFIX = "carbon4j.";

    /** Name of the experiment in reports. Default {@code carbon4j}. */
    public static final String EXPERIMENT = "carbon4j.experiment";
    /** Directory the reports go to. Default {@code target/carbon4j}. */
    public static final String OUTPUT_DIR = "carbon4j.output-dir";
    /** Whether reports are written at all ({@code true}/{@code false}). Default {@code true}. */
    public static final String REPORTS = "carbon4j.reports";
    /** A fixed carbon intensity in g/kWh; overrides every location. */
    public static final String INTENSITY = "carbon4j.intensity";
    /** Country: ISO 3166 alpha-3, alpha-2 or English name. */
    public static final String COUNTRY = "carbon4j.country";
    /** Sub-national region: US state, Canadian province, Nordic bidding zone. */
    public static final String REGION = "carbon4j.region";
    /** Cloud provider: {@code gcp}, {@code aws}, {@code azure}. */
    public static final String CLOUD_PROVIDER = "carbon4j.cloud.provider";
    /** Cloud region of the provider, e.g. {@code europe-west1}. */
    public static final String CLOUD_REGION = "carbon4j.cloud.region";
    /** Electricity mix, e.g. {@code coal=25,petroleum=35,natural_gas=26,nuclear=14}. */
    public static final String ENERGY_MIX = "carbon4j.energy-mix";
    /**
     * Power usage effectiveness of the data centre, at least 1. Default: the provider's published PUE
     * when a cloud region is configured, else 1.
     */
    public static final String PUE = "carbon4j.pue";
    /** {@code process} (default) or {@code machine}. */
    public static final String SCOPE = "carbon4j.scope";
    /** CPU thermal design power in W, per socket, for the TDP × load model. */
    public static final String CPU_TDP = "carbon4j.cpu.tdp";
    /** A fixed CPU power in W for the whole machine, instead of measuring. */
    public static final String CPU_POWER = "carbon4j.cpu.power";
    /** A fixed RAM power in W for the whole machine, instead of the DIMM model. */
    public static final String RAM_POWER = "carbon4j.ram.power";
    /** GPUs to measure: NVML indices or UUIDs, comma-separated. Default: CUDA_VISIBLE_DEVICES, else all. */
    public static final String GPU_DEVICES = "carbon4j.gpu.devices";
    /** Root of the Linux powercap tree. Default {@code /sys/class/powercap}. */
    public static final String POWERCAP_ROOT = "carbon4j.powercap.root";
    /** Use the RAPL psys (platform) zone instead of the package zones ({@code true}/{@code false}). */
    public static final String RAPL_PSYS = "carbon4j.rapl.psys";
    /**
     * The energy each tracked JUnit test may use unless it has a {@code @CarbonBudget} of its own,
     * e.g. {@code "2 J"}; read by the JUnit extension only.
     *
     * @since 0.2
     */
    public static final String BUDGET_TEST_ENERGY = "carbon4j.budget.test.energy";
    /**
     * The CO2eq each tracked JUnit test may emit unless it has a {@code @CarbonBudget} of its own,
     * e.g. {@code "1 mg"}; read by the JUnit extension only.
     *
     * @since 0.2
     */
    public static final String BUDGET_TEST_EMISSIONS = "carbon4j.budget.test.emissions";

    /** Live grid intensity: {@code offline} (default), {@code electricitymaps} or {@code uk-carbon-intensity}. */
    public static final String INTENSITY_PROVIDER = "carbon4j.intensity.provider";
    /** Base URL of the live intensity provider instead of its public one (proxies, tests). */
    public static final String INTENSITY_URL = "carbon4j.intensity.url";
    /** Electricity Maps API token; never printed. */
    public static final String ELECTRICITYMAPS_TOKEN = "carbon4j.electricitymaps.token";
    /** Electricity Maps zone, e.g. {@code DE} or {@code SE-SE3}. Default: derived from the location keys. */
    public static final String ELECTRICITYMAPS_ZONE = "carbon4j.electricitymaps.zone";
    /** A UK postcode (its outward code is used) for the regional UK Carbon Intensity figure. */
    public static final String UK_POSTCODE = "carbon4j.uk.postcode";
    /** Whether every logged step adds to OpenTelemetry counters ({@code true}/{@code false}). Default {@code false}. */
    public static final String OTEL = "carbon4j.otel";
    /**
     * The machine's embodied emissions TE (manufacture and disposal), a mass such as {@code 1000 kg};
     * {@code 0} turns embodied emissions off. Default: an estimate from the machine's hardware
     * ({@link EmbodiedModel#estimate}).
     */
    public static final String EMBODIED_EMISSIONS = "carbon4j.embodied.emissions";
    /** The machine's expected lifespan EL in years, more than 0. Default 4. */
    public static final String EMBODIED_LIFETIME = "carbon4j.embodied.lifetime";
    /**
     * The share of the machine reserved for this run (RR / ToR), a fraction in (0, 1]. Default: this
     * JVM's available processors over the machine's logical CPUs in process scope, 1 in machine scope.
     */
    public static final String EMBODIED_SHARE = "carbon4j.embodied.share";
    /**
     * Where notices go: {@code auto} (default; the {@link System.Logger} {@code io.github.carbon4j} where the
     * user routes logging, else standard error), {@code logger} or {@code stderr}. Read from the system
     * property and the environment only, as notices are given before any configuration is read (the JMH
     * profiler's {@code notices} option becomes each fork's system property); a bad value in any source
     * still fails the configuration.
     */
    public static final String NOTICES = "carbon4j.notices";

    /** Every key {@link CarbonConfig} reads, in the order of {@link ConfigTable}; the JMH profiler's options. */
    public static final List<String> ALL = names(ConfigKey.Reader.CORE);

    /**
     * The keys only the JUnit extension reads, not in {@link #ALL} (which configures every logger and
     * names the JMH profiler's options).
     *
     * @since 0.2
     */
    public static final List<String> JUNIT = names(ConfigKey.Reader.JUNIT);

    private ConfigKeys() {}

    /**
     * Says once, as a notice (on standard error unless logging is routed: see {@link #NOTICES}), for
     * every name that looks like a carbon4j key but is none (a misspelt
     * {@code carbon4j.peu}, or {@code CARBON4J_CONTRY} in the environment), which known key is
     * closest. Such a name is otherwise ignored.
     *
     * @param names names as a source spells them (keys, or environment variable names), each with
     *     where it was found
     */
    public static void noticeUnknown(java.util.Map<String, String> names) {
        // Read before any logger exists: once per reading of a configuration, which a logger reads once.
        io.github.carbon4j.internal.Notices notices = new io.github.carbon4j.internal.Notices();
        for (java.util.Map.Entry<String, String> entry : names.entrySet()) {
            String name = entry.getKey();
            java.util.Optional<String> closest = closestIfUnknown(name);
            if (closest.isPresent()) {
                notices.warn(
                        "config.unknown." + name,
                        "unknown configuration key " + name + " in " + entry.getValue() + " is ignored; did you mean "
                                + closest.get() + "?");
            }
        }
    }

    /** The known key (or environment name) closest to the name, when the name is not a known one itself. */
    static java.util.Optional<String> closestIfUnknown(String name) {
        boolean environment = name.startsWith("CARBON4J_");
        if (!environment && !name.startsWith(PREFIX)) {
            return java.util.Optional.empty();
        }
        for (ConfigKey<?> key : ConfigTable.all()) {
            if ((environment ? key.environmentName() : key.name()).equals(name)) {
                return java.util.Optional.empty(); // known: no distance to compute, which a starting JVM pays for
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (ConfigKey<?> key : ConfigTable.all()) {
            String known = environment ? key.environmentName() : key.name();
            int d = distance(name, known);
            if (d < bestDistance) {
                bestDistance = d;
                best = known;
            }
        }
        return java.util.Optional.of(best);
    }

    /** Edit distance with transpositions (optimal string alignment): {@code peu} is one from {@code pue}. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static List<String> names(ConfigKey.Reader reader) {
        List<String> names = new java.util.ArrayList<>();
        for (ConfigKey<?> key : ConfigTable.readBy(reader)) {
            names.add(key.name());
        }
        return List.copyOf(names);
    }

    /**
     * The environment variable for a key: {@code carbon4j.cpu.tdp} is {@code CARBON4J_CPU_TDP}.
     *
     * @param key the key
     * @return the environment variable's name
     */
    public static String environmentName(String key) {
        return key.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
