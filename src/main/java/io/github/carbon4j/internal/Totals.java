package io.github.carbon4j.internal;

import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.Component;
import java.util.Arrays;

/**
 * The sums of a set of intervals ({@link CarbonMetrics}): a run's logged steps, a context's, a test
 * class's tests, or a whole run read from the meters. The one accumulator behind the run summary,
 * the reports, the JUnit class budgets and the JUnit summary: a new figure is added here. Immutable
 * and thread-safe; {@link Sum} adds in place. Not API.
 *
 * <p>Units: seconds, joules (per component without PUE, {@link #energyJoules()} with it) and grams of
 * CO2eq. Intervals may overlap (spans of parallel tests) and leave time between them uncounted, so
 * the sums of steps are what was logged, not what a run cost: that is the run's own reading, or
 * {@link #summedFromSteps(double)} when the meters could not be read at its end.
 */
public final class Totals {

    private static final Component[] COMPONENTS = Component.values();

    /** No interval at all; {@link #measured()} is true, so it is the identity of {@link #plus}. */
    public static final Totals ZERO = new Totals(0, 0, new double[COMPONENTS.length], 0, 0, 0, 0, 0, true);

    private final long steps;
    private final double seconds;
    private final double[] joules;
    private final double energyJoules;
    private final double emissionsGrams;
    private final double embodiedGrams;
    private final long overlappedSteps;
    private final double overlappedSeconds;
    private final boolean measured;

    /**
     * Totals as read back from a report.
     *
     * @param steps how many intervals
     * @param seconds the sum of their durations, s
     * @param joules each component's energy without PUE, J, indexed by {@link Component#ordinal()}
     * @param energyJoules energy consumed with PUE, J
     * @param emissionsGrams operational emissions, gCO2eq
     * @param embodiedGrams embodied emissions charged, gCO2eq
     * @param overlappedSteps intervals that shared the machine with another open span
     * @param overlappedSeconds the sum of those intervals' durations, s
     * @param measured false when some part was summed from logged steps instead of read over the whole time
     */
    public Totals(
            long steps,
            double seconds,
            double[] joules,
            double energyJoules,
            double emissionsGrams,
            double embodiedGrams,
            long overlappedSteps,
            double overlappedSeconds,
            boolean measured) {
        if (joules.length != COMPONENTS.length) {
            throw new IllegalArgumentException(
                    "expected " + COMPONENTS.length + " component energies, got " + joules.length);
        }
        this.steps = steps;
        this.seconds = seconds;
        this.joules = joules.clone();
        this.energyJoules = energyJoules;
        this.emissionsGrams = emissionsGrams;
        this.embodiedGrams = embodiedGrams;
        this.overlappedSteps = overlappedSteps;
        this.overlappedSeconds = overlappedSeconds;
        this.measured = measured;
    }

    /**
     * {@return one interval's figures}
     *
     * @param metrics the interval
     */
    public static Totals of(CarbonMetrics metrics) {
        Sum sum = new Sum();
        sum.add(metrics);
        return sum.totals();
    }

    /**
     * {@return both sums together; measured only when both are}
     *
     * @param o the other sums
     */
    public Totals plus(Totals o) {
        double[] sum = new double[COMPONENTS.length];
        for (int i = 0; i < sum.length; i++) {
            sum[i] = joules[i] + o.joules[i];
        }
        return new Totals(
                steps + o.steps,
                seconds + o.seconds,
                sum,
                energyJoules + o.energyJoules,
                emissionsGrams + o.emissionsGrams,
                embodiedGrams + o.embodiedGrams,
                overlappedSteps + o.overlappedSteps,
                overlappedSeconds + o.overlappedSeconds,
                measured && o.measured);
    }

    /**
     * These sums of a run's steps standing for the whole run, when its meters could not be read at its
     * end: over the run's time, not the steps' durations, and not {@link #measured()}.
     *
     * @param runSeconds the run's time from its start to its last step, s
     * @return these sums over the run's time, not measured
     */
    public Totals summedFromSteps(double runSeconds) {
        return new Totals(
                steps,
                runSeconds,
                joules,
                energyJoules,
                emissionsGrams,
                embodiedGrams,
                overlappedSteps,
                overlappedSeconds,
                false);
    }

    /** {@return the number of intervals (steps, tests)} */
    public long steps() {
        return steps;
    }

    /** {@return the sum of their durations, or a run's time from start to end, s} */
    public double seconds() {
        return seconds;
    }

    /**
     * {@return one component's energy without PUE, J}
     *
     * @param component the component
     */
    public double joules(Component component) {
        return joules[component.ordinal()];
    }

    /** {@return each component's energy without PUE, J, indexed by {@link Component#ordinal()}: a copy} */
    public double[] joules() {
        return joules.clone();
    }

    /** {@return energy consumed with PUE, J} */
    public double energyJoules() {
        return energyJoules;
    }

    /** {@return operational emissions, gCO2eq} */
    public double emissionsGrams() {
        return emissionsGrams;
    }

    /** {@return embodied emissions charged to the intervals, gCO2eq} */
    public double embodiedGrams() {
        return embodiedGrams;
    }

    /** {@return operational plus embodied emissions, gCO2eq} */
    public double sciGrams() {
        return emissionsGrams + embodiedGrams;
    }

    /** {@return the number of intervals that shared the machine with another open span} */
    public long overlappedSteps() {
        return overlappedSteps;
    }

    /** {@return the sum of those intervals' durations, s} */
    public double overlappedSeconds() {
        return overlappedSeconds;
    }

    /** {@return whether every part was read from the meters over its time; false when some part was summed from logged steps} */
    public boolean measured() {
        return measured;
    }

    /** {@return emissions over {@link #seconds()}, gCO2eq/s; zero when no time was counted} */
    public double emissionsRateGramsPerSecond() {
        return seconds > 0 ? emissionsGrams / seconds : 0;
    }

    /** {@return whether every sum is a finite number: enough rows of huge values can overflow a sum} */
    public boolean finite() {
        return Double.isFinite(seconds
                + Arrays.stream(joules).sum()
                + energyJoules
                + emissionsGrams
                + embodiedGrams
                + overlappedSeconds);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Totals t
                && steps == t.steps
                && overlappedSteps == t.overlappedSteps
                && measured == t.measured
                && Arrays.equals(joules, t.joules)
                && Arrays.equals(
                        new double[] {seconds, energyJoules, emissionsGrams, embodiedGrams, overlappedSeconds},
                        new double[] {t.seconds, t.energyJoules, t.emissionsGrams, t.embodiedGrams, t.overlappedSeconds
                        });
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new double[] {
                            steps,
                            seconds,
                            energyJoules,
                            emissionsGrams,
                            embodiedGrams,
                            overlappedSteps,
                            overlappedSeconds,
                            measured ? 1 : 0
                        })
                        * 31
                + Arrays.hashCode(joules);
    }

    @Override
    public String toString() {
        return "Totals[steps=" + steps + ", seconds=" + seconds + ", joules=" + Arrays.toString(joules)
                + ", energyJoules=" + energyJoules + ", emissionsGrams=" + emissionsGrams + ", embodiedGrams="
                + embodiedGrams + ", overlappedSteps=" + overlappedSteps + ", overlappedSeconds=" + overlappedSeconds
                + ", measured=" + measured + "]";
    }

    /**
     * {@link Totals} summed in place, one interval at a time without allocating: the same additions as
     * {@link #plus} makes. Not thread-safe.
     */
    public static final class Sum {
        /** An empty sum: no steps, every figure zero. */
        public Sum() {}

        private long steps;
        private double seconds;
        private final double[] joules = new double[COMPONENTS.length];
        private double energyJoules;
        private double emissionsGrams;
        private double embodiedGrams;
        private long overlappedSteps;
        private double overlappedSeconds;

        /**
         * Adds one interval.
         *
         * @param m the interval
         */
        public void add(CarbonMetrics m) {
            double s = m.duration().toNanos() / 1e9;
            steps++;
            seconds += s;
            for (Component c : COMPONENTS) {
                joules[c.ordinal()] += m.energy(c).joules();
            }
            energyJoules += m.energyConsumed().joules();
            emissionsGrams += m.emissions().grams();
            embodiedGrams += m.embodiedEmissions().grams();
            overlappedSteps += m.overlapped() ? 1 : 0;
            overlappedSeconds += m.overlapped() ? s : 0;
        }

        /** {@return what was added so far} */
        public Totals totals() {
            return new Totals(
                    steps,
                    seconds,
                    joules,
                    energyJoules,
                    emissionsGrams,
                    embodiedGrams,
                    overlappedSteps,
                    overlappedSeconds,
                    true);
        }
    }
}
