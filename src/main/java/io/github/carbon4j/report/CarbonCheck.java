package io.github.carbon4j.report;

import io.github.carbon4j.Emissions;
import io.github.carbon4j.Energy;
import io.github.carbon4j.Limit;
import io.github.carbon4j.internal.Totals;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;

/**
 * Budgets and regressions of report directories, for {@code ReportMain check}. Pure functions.
 *
 * <p>Every figure is per run: a name's value now is its mean over the runs checked that have it; the
 * baseline gives each name its mean and its highest value over the baseline runs. A name regressed
 * when its energy or emissions now exceed the baseline mean by more than the allowed share, exceed
 * the highest baseline run (so a change inside the baseline's own spread is none), and exceed the
 * mean by more than {@link #ENERGY_FLOOR} or {@link #EMISSIONS_FLOOR} (so that with a single baseline
 * run, sub-millijoule tests do not flake on timer noise). Names only one side has are not compared.
 * The absolute limits bound each run's total.
 */
final class CarbonCheck {

    /** A change in energy below this is never a regression. */
    static final double ENERGY_FLOOR = 1e-3;
    /** A change in emissions below this is never a regression (1 µgCO2eq). */
    static final double EMISSIONS_FLOOR = 1e-6;

    /** What to check against. */
    record Limits(
            Optional<Limit<Energy>> maxEnergy,
            Optional<Limit<Emissions>> maxEmissions,
            Optional<Limit<Emissions>> maxSci,
            double share) {}

    /** One budget or regression that failed: its verdict word and line. */
    record Finding(String verdict, RunFigures.Name name, String text) {
        String line() {
            return verdict + "  " + name + "  " + text;
        }
    }

    /**
     * A name found on both sides: its baseline mean and its mean now, in J and gCO2eq.
     *
     * @param regressed whether energy or emissions regressed
     */
    record Comparison(
            RunFigures.Name name,
            double baselineJoules,
            double joules,
            double baselineGrams,
            double grams,
            boolean regressed) {}

    /** The findings, every comparison, and what was compared. */
    record Result(List<Finding> findings, List<Comparison> comparisons, int runs, int baselineRuns) {
        int compared() {
            return comparisons.size();
        }
    }

    private CarbonCheck() {}

    /** Adds an {@code OVER} finding, "energy 7 J > limit 5 J", when the run's total is over the limit. */
    private static <Q extends Comparable<Q>> void over(List<Finding> findings, String run, Limit<Q> limit, Q total) {
        if (!limit.admits(total)) {
            findings.add(new Finding("OVER", RunFigures.TOTAL, run + limit.verdict(total, "")));
        }
    }

    static Result check(RunFigures now, Optional<RunFigures> baseline, Limits limits) {
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, Map<RunFigures.Name, Totals>> runs : now.runs().entrySet()) {
            budgets(findings, "run " + runs.getKey() + ": ", runs.getValue().get(RunFigures.TOTAL), limits);
        }
        List<Comparison> comparisons = new ArrayList<>();
        if (baseline.isPresent()) {
            Map<RunFigures.Name, List<Totals>> before = byName(baseline.get());
            for (Map.Entry<RunFigures.Name, List<Totals>> entry : byName(now).entrySet()) {
                List<Totals> base = before.get(entry.getKey());
                if (base != null) {
                    comparisons.add(compare(findings, entry.getKey(), base, entry.getValue(), limits.share()));
                }
            }
        }
        return new Result(
                findings,
                comparisons,
                now.runs().size(),
                baseline.map(b -> b.runs().size()).orElse(0));
    }

    /** Adds an {@code OVER} finding for each budget the run's total exceeds. */
    private static void budgets(List<Finding> findings, String run, Totals total, Limits limits) {
        limits.maxEnergy().ifPresent(max -> over(findings, run, max, Energy.ofJoules(total.energyJoules())));
        limits.maxEmissions().ifPresent(max -> over(findings, run, max, Emissions.ofGrams(total.emissionsGrams())));
        limits.maxSci().ifPresent(max -> over(findings, run, max, Emissions.ofGrams(total.sciGrams())));
    }

    /** Adds the name's regressions, energy first, to the findings and returns its comparison. */
    private static Comparison compare(
            List<Finding> findings, RunFigures.Name name, List<Totals> base, List<Totals> now, double share) {
        Optional<Finding> energy = regression(
                name,
                "energy",
                base,
                now,
                Totals::energyJoules,
                ENERGY_FLOOR,
                share,
                j -> Energy.ofJoules(j).toString());
        Optional<Finding> emissions = regression(
                name,
                "emissions",
                base,
                now,
                Totals::emissionsGrams,
                EMISSIONS_FLOOR,
                share,
                g -> Emissions.ofGrams(g).toString());
        energy.ifPresent(findings::add);
        emissions.ifPresent(findings::add);
        return new Comparison(
                name,
                mean(base, Totals::energyJoules),
                mean(now, Totals::energyJoules),
                mean(base, Totals::emissionsGrams),
                mean(now, Totals::emissionsGrams),
                energy.isPresent() || emissions.isPresent());
    }

    private static double mean(List<Totals> figures, ToDoubleFunction<Totals> figure) {
        return figures.stream().mapToDouble(figure).average().orElseThrow();
    }

    private static Map<RunFigures.Name, List<Totals>> byName(RunFigures figures) {
        Map<RunFigures.Name, List<Totals>> names = new TreeMap<>();
        figures.runs()
                .values()
                .forEach(run -> run.forEach((name, f) ->
                        names.computeIfAbsent(name, n -> new ArrayList<>()).add(f)));
        return names;
    }

    private static Optional<Finding> regression(
            RunFigures.Name name,
            String what,
            List<Totals> base,
            List<Totals> now,
            ToDoubleFunction<Totals> figure,
            double floor,
            double share,
            DoubleFunction<String> format) {
        double mean = base.stream().mapToDouble(figure).average().orElseThrow();
        double highest = base.stream().mapToDouble(figure).max().orElseThrow();
        double value = now.stream().mapToDouble(figure).average().orElseThrow();
        if (value > mean * (1 + share) && value > highest && value - mean > floor) {
            String spread =
                    base.size() == 1 ? "1 baseline run" : base.size() + " baseline runs up to " + format.apply(highest);
            return Optional.of(new Finding(
                    "REGRESSED",
                    name,
                    String.format(
                            Locale.ROOT,
                            "%s %s → %s (%s; %s; allowed +%.1f%%)",
                            what,
                            format.apply(mean),
                            format.apply(value),
                            change(mean, value),
                            spread,
                            share * 100)));
        }
        return Optional.empty();
    }

    private static String change(double before, double now) {
        return before > 0 ? String.format(Locale.ROOT, "%+.1f%%", (now / before - 1) * 100) : "from zero";
    }
}
