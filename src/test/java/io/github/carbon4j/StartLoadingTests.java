package io.github.carbon4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a program that logs two steps loads, seen in the class-loading log of a fresh JVM: nothing of
 * OSHI or JNA where the kernel's files answer, of the intensity tables only those of the configured place,
 * and none of the JDK's costly first uses that a cheaper equivalent replaces (SecureRandom, the formatter's
 * locale data, time zone data, record method bootstraps), nor a logging framework to print a notice where
 * the user routes no logging.
 */
class StartLoadingTests {

    private static final String TABLES = "io.github.carbon4j.intensity.CarbonIntensities$Tables$";
    /**
     * The one JUL class a start loads without any notice: the platform MXBeans (the threads' CPU clocks) look
     * the class up to see whether JUL is there, without initialising it, so none of JUL runs.
     */
    private static final String MXBEAN_LOOKUP = "java.util.logging.LogManager";

    private static final String WORLD_AVERAGE = "carbon4j: location unknown, using the world average";

    @TempDir
    Path temp;

    @Test
    void noOshiOnLinuxAndNoTableForAFixedIntensity() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/cpuinfo")), "a Linux procfs");
        List<String> loaded = loadedBy("-Dcarbon4j.intensity=100");
        assertThat(loaded)
                .contains("io.github.carbon4j.meter.KernelHardware", "io.github.carbon4j.CarbonLogger")
                .noneMatch(name -> name.startsWith("oshi."))
                .doesNotContain("io.github.carbon4j.meter.OshiPlatform")
                .noneMatch(name -> name.startsWith(TABLES));
    }

    @Test
    void noSecureRandomNorZoneRulesForTheReportFiles() throws Exception {
        // A run id needs to be unique, not secret: seeding SecureRandom costs the security providers and entropy.
        // emissions.csv's local time needs the default zone's offset, not java.time's rules of every zone.
        // Figures with units (the close's summary line, the page) round to four digits without BigDecimal.
        assertThat(loadedBy("-Dcarbon4j.intensity=100"))
                .contains("io.github.carbon4j.report.FileReporter")
                .doesNotContain(
                        "java.security.SecureRandom", "java.time.zone.TzdbZoneRulesProvider", "java.math.BigDecimal")
                .noneMatch(name -> name.startsWith("sun.security.provider."));
    }

    @Test
    void withoutReportsNoFormatterLocaleDataTimeZonesOrRecordBootstraps() throws Exception {
        // What detection and two steps load besides the meters: no String.format (locale data), no time
        // zone data, no generated record methods (method handles), no SecureRandom, no regular expressions,
        // and of the JVM's MXBeans only the threads' (their CPU clocks): the process's CPU time comes from /proc.
        assertThat(loadedBy("-Dcarbon4j.intensity=100", "-Dcarbon4j.reports=false"))
                .contains("io.github.carbon4j.CarbonLogger", "io.github.carbon4j.EmbodiedModel")
                .doesNotContain(
                        "java.util.Formatter",
                        "java.text.DecimalFormatSymbols",
                        "sun.util.calendar.ZoneInfoFile",
                        "java.time.zone.TzdbZoneRulesProvider",
                        "java.lang.runtime.ObjectMethods",
                        "java.security.SecureRandom",
                        "java.lang.ProcessHandleImpl",
                        "java.util.regex.Pattern",
                        "com.sun.management.internal.OperatingSystemImpl")
                .noneMatch(name -> name.startsWith("com.sun.jna.") || name.startsWith("oshi."));
    }

    @Test
    void aCloudRegionReadsTheTablesItIsBuiltOn() throws Exception {
        assertThat(loadedBy("-Dcarbon4j.cloud.provider=gcp", "-Dcarbon4j.cloud.region=europe-west1"))
                .contains(TABLES + "CountryTable", TABLES + "RegionTable", TABLES + "CloudTable");
    }

    @Test
    void aNoticeWhereNoLoggingIsRoutedIsOneLineAndStartsNoLoggingFramework() throws Exception {
        // No location: the world-average notice is given, at start; JUL would add about 560 classes to print it.
        ChildJvm child = run(List.of());
        assertThat(child.output().lines())
                .as("one line, no JUL record header")
                .anyMatch(l -> l.startsWith(WORLD_AVERAGE));
        assertThat(child.classes()).contains("io.github.carbon4j.internal.Notices");
        assertThat(logging(child)).isSubsetOf(MXBEAN_LOOKUP);
    }

    @Test
    void noticesGoToTheSystemLoggerWhenAskedOrWhenALoggerFinderIsOnTheClassPath() throws Exception {
        ChildJvm asked = run(List.of(), "-Dcarbon4j.notices=logger");
        assertThat(asked.classes()).as("JUL, the logger's backend here").contains("java.util.logging.LogManager");
        assertThat(asked.output().lines()).anyMatch(l -> l.startsWith("INFO: " + WORLD_AVERAGE));

        Path bridge = temp.resolve("bridge");
        Path service = bridge.resolve("META-INF/services/java.lang.System$LoggerFinder");
        Files.createDirectories(service.getParent());
        Files.writeString(service, PrintingLoggerFinder.class.getName() + "\n");
        ChildJvm bridged = run(List.of(bridge.toString()));
        assertThat(bridged.output().lines())
                .anyMatch(l -> l.startsWith("finder INFO io.github.carbon4j: " + WORLD_AVERAGE));
        assertThat(bridged.classes())
                .as("the finder, not JUL")
                .filteredOn(name -> name.startsWith("java.util.logging."))
                .isSubsetOf(MXBEAN_LOOKUP);
    }

    @Test
    void anInvalidNoticesValueIsSaidOnStandardErrorWhereTheNoticesThenGo() throws Exception {
        // Code that gives notices without a configuration (ReportMain, a JMH host) must not fail for it.
        ChildJvm child = run(NoticeMain.class, List.of(), "-Dcarbon4j.notices=syslog");
        assertThat(child.output().lines())
                .containsExactly(
                        "carbon4j: invalid carbon4j.notices \"syslog\" (system property): must be auto, logger or"
                                + " stderr; notices go to standard error",
                        "carbon4j: " + NoticeMain.MESSAGE);
    }

    /** A program that gives one notice with no configuration at all. */
    public static final class NoticeMain {
        static final String MESSAGE = "a notice without a configuration";

        public static void main(String[] args) {
            new io.github.carbon4j.internal.Notices().info("k", MESSAGE);
        }
    }

    /** The classes of JUL and of the JDK's logger bridges a child loaded. */
    private static List<String> logging(ChildJvm child) {
        return child.classes().stream()
                .filter(name -> name.startsWith("java.util.logging.")
                        || name.startsWith("sun.util.logging.")
                        || name.startsWith("jdk.internal.logger."))
                .toList();
    }

    @Test
    void aRunWithReportsIntoAFreshDirectoryThenOneMergingItsSummary() throws Exception {
        // One pair of JVMs for what a run with reports loads, each assertion saying why.
        List<String> fresh = loadedBy("-Dcarbon4j.country=FRA");
        assertThat(temp.resolve("out").resolve("summary.json")).isRegularFile();
        // An alpha-3 code of the data set finds its row without indexing every country's names.
        assertThat(fresh)
                .as("a country's tables")
                .contains(TABLES + "CountryTable")
                .doesNotContain(
                        TABLES + "RegionTable", TABLES + "CloudTable", "io.github.carbon4j.intensity.Countries$Index");
        // Reports name their times with StepTimes and read them back with StepTimesParser, names in HTML are
        // checked by a loop, and emissions.csv needs one country's English name, not all of them.
        assertThat(fresh)
                .as("closing")
                .contains("io.github.carbon4j.report.EmissionsCsv", "io.github.carbon4j.report.HtmlReport")
                .doesNotContain(
                        "java.time.format.DateTimeFormatter",
                        "java.time.format.DateTimeFormatterBuilder",
                        "java.util.regex.Pattern",
                        "java.text.Normalizer",
                        "io.github.carbon4j.intensity.Countries$EnglishNames");
        // JsonOut writes what jackson-core's pretty printer wrote: about 70 classes fewer at the first step.
        assertThat(fresh)
                .as("writing the run file, summaries and PROV document")
                .contains("io.github.carbon4j.report.JsonOut", "io.github.carbon4j.report.ProvDocument")
                .noneMatch(name -> name.startsWith("com.fasterxml.jackson."));
        // Each lambda is a class a starting JVM spins at its first call, about half a millisecond each (before:
        // 90 from configuration to the first step, 138 to the end of close). None from start to close.
        assertThat(carbon4jLambdas(fresh))
                .as("reports on, into a fresh directory")
                .isEmpty();

        // The usual case (target/carbon4j of an earlier run, every Surefire fork after the first): the summary
        // there is merged, read by carbon4j's own JSON reader rather than databind's tree (about 300 classes)
        // or jackson-core's parser (about 65).
        List<String> merged = loadedBy("-Dcarbon4j.country=FRA");
        assertThat(merged)
                .contains("io.github.carbon4j.report.JsonText", "io.github.carbon4j.report.SummaryReader")
                .noneMatch(name -> name.startsWith("com.fasterxml.jackson."));
        assertThat(carbon4jLambdas(merged))
                .as("reports on, merged with the summary there")
                .isEmpty();
        // Nor the method-handle bootstrap of a record's generated equals, which a later step's check took once.
        assertThat(merged).doesNotContain("java.lang.runtime.ObjectMethods");
    }

    @Test
    void aCountryNamedInWordsIndexesTheNames() throws Exception {
        assertThat(loadedBy("-Dcarbon4j.country=France")).contains("io.github.carbon4j.intensity.Countries$Index");
    }

    @Test
    void withoutReportsStartingAndLoggingSpinNoCarbon4jLambda() throws Exception {
        assertThat(carbon4jLambdas(loadedBy("-Dcarbon4j.country=FRA", "-Dcarbon4j.reports=false")))
                .as("reports off")
                .isEmpty();
    }

    @Test
    void startingSpinsNoLambdasForTheConfigurationKeysAndSources() throws Exception {
        // Keys of every type set (text, power, number, scope, mass, flag, route): their parsers and checks are
        // named, not lambdas (ConfigTable's rows had 37), and the map sources are one class. An energy mix
        // would spin the mix's own (intensity, not configuration).
        List<String> loaded = loadedBy(
                "-Dcarbon4j.reports=false",
                "-Dcarbon4j.cpu.power=50 W",
                "-Dcarbon4j.ram.power=5",
                "-Dcarbon4j.intensity=100",
                "-Dcarbon4j.pue=1.2",
                "-Dcarbon4j.scope=machine",
                "-Dcarbon4j.embodied.emissions=0",
                "-Dcarbon4j.embodied.lifetime=5",
                "-Dcarbon4j.notices=stderr");
        assertThat(carbon4jLambdas(loaded)).isEmpty();
        assertThat(loaded).contains("io.github.carbon4j.ConfigMapSource");
    }

    @Test
    void startingSpinsNoLambdasForACloudRegionARegionNoLocationOrMachineScope() throws Exception {
        // The other usual starts: the cloud tables (built on the countries', regions' and mixes'), a grid region,
        // a new user's first run without a location (the world-average notice and its route), the TDP model's
        // load sampler in machine scope.
        String[][] starts = {
            {"-Dcarbon4j.cloud.provider=gcp", "-Dcarbon4j.cloud.region=europe-west1"},
            {"-Dcarbon4j.region=quebec"},
            {},
            {"-Dcarbon4j.scope=machine", "-Dcarbon4j.intensity=100"}
        };
        for (String[] options : starts) {
            List<String> all = new ArrayList<>(List.of(options));
            all.add("-Dcarbon4j.reports=false");
            assertThat(carbon4jLambdas(loadedBy(all.toArray(new String[0]))))
                    .as(String.join(" ", options))
                    .isEmpty();
        }
    }

    /** The carbon4j classes that spun the lambda classes among these, one entry per lambda. */
    private static List<String> carbon4jLambdas(List<String> loaded) {
        List<String> hosts = new ArrayList<>();
        for (String name : loaded) {
            if (name.startsWith("io.github.carbon4j.") && name.contains("$$Lambda")) {
                hosts.add(name.substring(0, name.indexOf("$$Lambda")));
            }
        }
        return hosts;
    }

    /** The classes a fresh JVM loads to run {@link TwoStepsMain} with these options, in order. */
    private List<String> loadedBy(String... options) throws IOException, InterruptedException {
        return run(TwoStepsMain.class, List.of(), options).classes();
    }

    /** Runs {@link TwoStepsMain} in a fresh JVM with these class path entries before the tests' own. */
    private ChildJvm run(List<String> classPathFirst, String... options) throws IOException, InterruptedException {
        return run(TwoStepsMain.class, classPathFirst, options);
    }

    /** Runs a main class in a fresh JVM with these class path entries before the tests' own, reports into out. */
    private ChildJvm run(Class<?> main, List<String> classPathFirst, String... options)
            throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of("-Dcarbon4j.output-dir=" + temp.resolve("out")));
        all.addAll(List.of(options));
        return ChildJvm.run(temp, main, classPathFirst, all);
    }
}
