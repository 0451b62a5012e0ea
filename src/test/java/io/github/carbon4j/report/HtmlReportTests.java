package io.github.carbon4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.CarbonLogger;
import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.Component;
import io.github.carbon4j.Context;
import io.github.carbon4j.MeasurementMethod;
import io.github.carbon4j.MockClock;
import io.github.carbon4j.internal.RunInfo;
import io.github.carbon4j.internal.Totals;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The HTML page: well-formed, offline, estimates marked, and drawn by a real browser without errors. */
class HtmlReportTests {

    /** Records script errors and console.error calls into the DOM, for --dump-dom to show. */
    private static final String ERROR_PROBE = "<script>(function(){var d=document.documentElement;"
            + "function note(m){d.setAttribute('data-errors',(d.getAttribute('data-errors')||'')+m+';');}"
            + "window.addEventListener('error',function(e){note(e.message||'resource error');},true);"
            + "var ce=console.error;console.error=function(){note(Array.prototype.join.call(arguments,' '));"
            + "ce.apply(console,arguments);};})();</script>";

    @TempDir
    Path directory;

    @Test
    void pageIsWellFormedWithAChartPerFigure() throws Exception {
        ReportTestCases.writeGoldenRun(directory, "run-html");
        Document page = parse(directory.resolve("report.html"));

        // top emitters + component breakdown + three charts for each of the three contexts
        assertThat(page.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg")
                        .getLength())
                .isEqualTo(2 + 3 * 3);
        assertThat(page.getElementsByTagName("h3").getLength()).isEqualTo(3);
    }

    @Test
    void pageNeedsNothingFromTheNetwork() throws Exception {
        ReportTestCases.writeGoldenRun(directory, "run-html");
        String html = ReportTestCases.read(directory.resolve("report.html"));

        assertThat(html).doesNotContain("<script", "<link", "<img", "<iframe", "@import", "url(");
        assertThat(Pattern.compile("https?://")
                        .matcher(html.replace("http://www.w3.org/2000/svg", ""))
                        .find())
                .isFalse();
    }

    @Test
    void estimatesAreMarkedAndMeasurementsAreNot() {
        MeasurementMethod rapl = MeasurementMethod.measured("RAPL package counters", "package-0");
        Summary estimated = scenarioData(
                MeasurementMethod.configured("fixed power", "40 W"),
                MeasurementMethod.estimated("DIMM model", "2 DIMMs"));
        Summary partly = scenarioData(rapl, MeasurementMethod.estimated("DIMM model", "2 DIMMs"));
        Summary measured = scenarioData(rapl, MeasurementMethod.measured("RAPL dram counter", ""));

        assertThat(HtmlReport.render(estimated))
                .contains("<span class=\"badge configured\">configured</span>fixed power (40 W)")
                .contains("estimate: energy not (only) from a hardware counter");
        assertThat(HtmlReport.render(partly))
                .contains("<span class=\"badge measured\">measured</span>RAPL package counters")
                .contains("<span class=\"badge estimated\">estimated</span>DIMM model (2 DIMMs)")
                .contains("estimate: energy not (only) from a hardware counter");
        assertThat(HtmlReport.render(measured)).contains("from measured energy").doesNotContain("estimate:");
    }

    @Test
    void longSeriesAreDrawnInBucketsOfSteps() throws Exception {
        MockClock clock = new MockClock();
        CarbonConfig config = ReportTestCases.config(directory, clock, false);
        RunAccumulator rows = new RunAccumulator();
        RunInfo run;
        try (CarbonLogger logger = CarbonLogger.start(config, ReportTestCases.meters(clock))) {
            run = logger.run();
            for (int i = 0; i < 1000; i++) {
                clock.add(java.time.Duration.ofMillis(10 + i % 7));
                rows.add(new StepRow("golden", run.runId(), logger.logCarbonMetrics(Context.of("loop"))));
            }
        }
        RunRecord record = new RunRecord(run, ReportTestCases.MACHINE, ReportTestCases.LOCATION);
        String html = HtmlReport.render(
                rows.summary(record, rows.lastEnd(run.start()), rows.totals().summedFromSteps(13), 0, false));
        Document page = parse(html);

        assertThat(html).contains("steps, 8 per bar").contains(">0–7<").contains("<title>step 992–999: ");
        // the energy and emissions charts of "loop": 125 bars of 8 steps, each a group with a tooltip
        assertThat(page.getElementsByTagName("g").getLength()).isEqualTo(2 * 125 + 1 + 3);
    }

    @Test
    void anEstimatedTeIsLabelledAnEstimateOnThePage() {
        MockClock clock = new MockClock();
        RunAccumulator rows = new RunAccumulator();
        RunInfo run;
        try (CarbonLogger logger =
                CarbonLogger.start(ReportTestCases.config(directory, clock, false), ReportTestCases.meters(clock))) {
            run = logger.run();
            clock.add(java.time.Duration.ofSeconds(1));
            rows.add(new StepRow("golden", run.runId(), logger.logCarbonMetrics(Context.of("one"))));
        }
        io.github.carbon4j.EmbodiedModel estimated = new io.github.carbon4j.EmbodiedModel(
                io.github.carbon4j.Emissions.ofKilograms(1000), 4, 1, "estimated: rack server with 1 socket");
        for (var embodied : java.util.List.of(ReportTestCases.EMBODIED, estimated)) {
            RunRecord record = new RunRecord(
                    run, ReportTestCases.MACHINE, ReportTestCases.LOCATION, java.util.Optional.of(embodied));
            String html = HtmlReport.render(rows.summary(
                    record, rows.lastEnd(run.start()), rows.totals().summedFromSteps(1), 0, false));
            assertThat(html.contains("estimate from a typical server")).isEqualTo(embodied == estimated);
        }
    }

    @Test
    void chromiumDrawsThePageWithoutConsoleErrors() throws Exception {
        ReportTestCases.writeGoldenRun(directory, "run-html");
        Path page = probed(ReportTestCases.read(directory.resolve("report.html")));
        Chromium chromium = Chromium.find(directory);

        Chromium.Result dom = chromium.dumpDom(page);
        assertThat(dom.stdout()).contains("Emissions per context").doesNotContain("data-errors=\"");
        assertThat(dom.consoleLines()).isEmpty();

        Path png = directory.resolve("report.png");
        chromium.screenshot(page, png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(png)));
        assertThat(image.getWidth()).isEqualTo(1280);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        assertThat(colours.size()).as("distinct colours in the screenshot").isGreaterThan(50);
        assertThat(colours).as("bars in the CPU, RAM and emissions colours").contains(0x4e79a7, 0x59a14f, 0xe15759);
        Files.copy(
                png,
                Path.of(System.getProperty("java.io.tmpdir"), "carbon4j-report-screenshot.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theProbeCatchesScriptErrors() throws Exception {
        Path page = probed(
                "<!DOCTYPE html><html><head></head><body><p>x</p><script>undefinedFunction();</script></body></html>");

        Chromium.Result dom = Chromium.find(directory).dumpDom(page);

        assertThat(dom.stdout()).contains("data-errors=\"").contains("undefinedFunction");
        assertThat(dom.consoleLines()).isNotEmpty();
    }

    private Path probed(String html) throws Exception {
        Path page = directory.resolve("probed-" + System.nanoTime() + ".html");
        Files.writeString(page, html.replaceFirst("<head>", "<head>" + ERROR_PROBE), StandardCharsets.UTF_8);
        return page;
    }

    private Summary scenarioData(MeasurementMethod cpuMethod, MeasurementMethod ramMethod) {
        MockClock clock = new MockClock();
        try (CarbonLogger logger =
                CarbonLogger.start(ReportTestCases.config(directory, clock, false), ReportTestCases.meters(clock))) {
            RunInfo logged = logger.run();
            RunInfo run = new RunInfo(
                    "r",
                    "golden",
                    logged.start(),
                    directory,
                    logged.scope(),
                    logged.pue(),
                    logged.intensity(),
                    logged.intensitySource(),
                    java.util.Map.of(
                            Component.CPU,
                            cpuMethod,
                            Component.GPU,
                            logged.method(Component.GPU),
                            Component.RAM,
                            ramMethod));
            RunAccumulator rows = new RunAccumulator();
            for (CarbonMetrics m : ReportTestCases.scenario(logger, clock)) {
                rows.add(new StepRow("golden", "r", m));
            }
            return rows.summary(
                    new RunRecord(run, ReportTestCases.MACHINE, ReportTestCases.LOCATION),
                    rows.lastEnd(run.start()),
                    Totals.of(ReportTestCases.wholeRun(run, clock)),
                    0,
                    false);
        }
    }

    private static Document parse(Path file) throws Exception {
        return parse(ReportTestCases.read(file));
    }

    private static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }
}
