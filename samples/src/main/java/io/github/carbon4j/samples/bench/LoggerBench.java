package io.github.carbon4j.samples.bench;

import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.CarbonIntensity;
import io.github.carbon4j.CarbonLogger;
import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.Context;
import io.github.carbon4j.Power;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What one {@code logCarbonMetrics} call costs: with the meters this machine detects (RAPL or the TDP
 * model, the DIMM model) and with fixed powers, in process and machine scope, with reports off and on.
 * Process scope reads the JVM's CPU time, its threads' clocks at most once per 10 µs (calls closer than
 * that charge the calling thread their wall time) and {@code /proc} at most once a millisecond, even
 * with fixed powers; machine scope with fixed powers reads nothing but the clock. Goals: a
 * median of at most 50 µs with the detected meters, 2 µs with fixed powers, and at most 1 KB
 * allocated per call ({@code gc.alloc.rate.norm} of {@code -prof gc}).
 * <pre>
 * java -jar samples/target/benchmarks.jar LoggerBench -f 1 -wi 3 -i 5 -w 1s -r 1s -prof gc -bm sample
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LoggerBench {

    @Param({"detected", "fixed"})
    public String meters;

    @Param({"process", "machine"})
    public String scope;

    @Param({"false", "true"})
    public boolean reports;

    private Path output;
    private CarbonLogger logger;

    @Setup(Level.Trial)
    public void start() throws IOException {
        output = Files.createTempDirectory("carbon4j-logger-bench");
        CarbonConfig.Builder config = CarbonConfig.builder()
                .experiment("logger-bench")
                .outputDirectory(output)
                .reports(reports)
                .scope(io.github.carbon4j.Scope.parse(scope))
                .carbonIntensity(CarbonIntensity.ofGramsPerKilowattHour(475));
        if (meters.equals("fixed")) {
            config.cpuPower(Power.ofWatts(100)).ramPower(Power.ofWatts(10));
        }
        logger = CarbonLogger.start(config.build());
    }

    @Benchmark
    public CarbonMetrics logCarbonMetrics() {
        return logger.logCarbonMetrics(Context.TRAINING);
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        logger.close();
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
    }
}
