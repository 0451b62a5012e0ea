package io.github.carbon4j.samples.accuracy;

import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.CarbonLogger;
import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.Component;
import io.github.carbon4j.ConfigSource;
import io.github.carbon4j.Context;
import io.github.carbon4j.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints how much the same work costs when it is logged as one step, or as steps of 10 ms, 1 ms and
 * 100 µs, in both scopes: the README's "How accurate is it" table. All loggers of a scope watch the
 * same busy thread at the same time, so the machine and its neighbours are the same for each.
 *
 * <p>Run: {@code ./mvnw -B -q -pl samples -am package -DskipTests exec:java
 * -Dexec.mainClass=io.github.carbon4j.samples.accuracy.Additivity} (add {@code -Dexec.args=5} for
 * five seconds of work per scope; configure it like any carbon4j program).
 */
public final class Additivity {

    private static final long[] STEP_NANOS = {0, 10_000_000, 1_000_000, 100_000};

    private Additivity() {}

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 2;
        System.out.printf(
                Locale.ROOT,
                "%-8s %-8s %8s %10s %9s %9s %11s%n",
                "scope",
                "steps of",
                "steps",
                "cpu J",
                "cpu W",
                "vs one",
                "zero steps");
        for (Scope scope : Scope.values()) {
            run(scope, (long) (seconds * 1e9));
        }
    }

    private static void run(Scope scope, long nanos) {
        List<Watcher> watchers = new ArrayList<>();
        for (long step : STEP_NANOS) {
            CarbonConfig config = CarbonConfig.builder()
                    .from(ConfigSource.standard())
                    .scope(scope)
                    .reports(false)
                    .build();
            watchers.add(new Watcher(CarbonLogger.start(config), step));
        }
        // Starting a logger takes a while: line them all up on the same instant before the work begins.
        watchers.forEach(Watcher::align);
        long start = System.nanoTime();
        long sink = 0;
        long now;
        while ((now = System.nanoTime()) - start < nanos) {
            sink += work();
            for (Watcher watcher : watchers) {
                watcher.maybeLog(now);
            }
        }
        for (Watcher watcher : watchers) {
            watcher.log();
            watcher.logger.close();
        }
        print(scope, watchers);
        if (sink == 42) {
            System.out.println();
        }
    }

    /** One line per watcher, its energy set against the one that logged a single step. */
    private static void print(Scope scope, List<Watcher> watchers) {
        double one = watchers.get(0).joules;
        for (Watcher watcher : watchers) {
            System.out.printf(
                    Locale.ROOT,
                    "%-8s %-8s %8d %10.3f %9.3f %+8.1f%% %10.1f%%%n",
                    scope.key(),
                    label(watcher.stepNanos),
                    watcher.steps,
                    watcher.joules,
                    watcher.joules / (watcher.seconds),
                    100 * (watcher.joules / one - 1),
                    100.0 * watcher.zeros / watcher.steps);
        }
    }

    /** About 20 µs of arithmetic. */
    private static long work() {
        long x = 0;
        for (int i = 0; i < 20_000; i++) {
            x += (x ^ i) * 31 + i;
        }
        return x;
    }

    private static String label(long stepNanos) {
        return stepNanos == 0
                ? "one"
                : stepNanos >= 1_000_000 ? stepNanos / 1_000_000 + " ms" : stepNanos / 1_000 + " µs";
    }

    /** One logger and how often it logs. */
    private static final class Watcher {
        final CarbonLogger logger;
        final long stepNanos;
        long last = System.nanoTime();
        long steps;
        long zeros;
        double joules;
        double seconds;

        Watcher(CarbonLogger logger, long stepNanos) {
            this.logger = logger;
            this.stepNanos = stepNanos;
        }

        void align() {
            logger.logCarbonMetrics(Context.of("start"));
            last = System.nanoTime();
        }

        void maybeLog(long now) {
            if (stepNanos > 0 && now - last >= stepNanos) {
                log();
                last = now;
            }
        }

        void log() {
            CarbonMetrics m = logger.logCarbonMetrics(Context.of("work"));
            steps++;
            double cpu = m.energy(Component.CPU).joules();
            zeros += cpu == 0 ? 1 : 0;
            joules += cpu;
            seconds += m.duration().toNanos() / 1e9;
        }
    }
}
