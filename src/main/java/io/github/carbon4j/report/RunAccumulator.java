package io.github.carbon4j.report;

import io.github.carbon4j.CarbonMetrics;
import io.github.carbon4j.internal.Totals;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Sums a run's steps as they come, in memory that grows with its contexts (at most
 * {@link ContextSummary#MAX_BARS} bars each), never with its steps: a long run closes as cheaply
 * as a short one. Not thread-safe: the logger calls it under its lock.
 */
final class RunAccumulator {

    private final Map<String, Context> contexts = new LinkedHashMap<>();
    // Smallest first, so the head is the one to drop.
    private final PriorityQueue<TopStep> top = new PriorityQueue<>(TopStep.ORDER.reversed());
    private final Totals.Sum totals = new Totals.Sum();
    private Instant lastEnd;

    /** One context being summed: bars of {@code size} steps, doubled when there would be too many. */
    private static final class Context {
        final List<ContextSummary.Bar> bars = new ArrayList<>();
        final Totals.Sum totals = new Totals.Sum();
        Instant start;
        Instant end;
        long size = 1;
    }

    void add(StepRow row) {
        CarbonMetrics m = row.metrics();
        double seconds = m.duration().toNanos() / 1e9;
        totals.add(m);
        Instant end = m.end(); // computed by CarbonMetrics on each call
        lastEnd = lastEnd == null || end.isAfter(lastEnd) ? end : lastEnd;
        Context c = context(m.context().name());
        c.totals.add(m);
        c.start = c.start == null || m.start().isBefore(c.start) ? m.start() : c.start;
        c.end = c.end == null || end.isAfter(c.end) ? end : c.end;
        double pue = m.pue();
        double cpu = m.cpuEnergy().joules() * pue;
        double gpu = m.gpuEnergy().joules() * pue;
        double ram = m.ramEnergy().joules() * pue;
        double grams = m.emissions().grams();
        int last = c.bars.size() - 1;
        if (last >= 0 && c.bars.get(last).steps() < c.size) {
            c.bars.set(last, c.bars.get(last).plus(m.step(), cpu, gpu, ram, grams, seconds));
        } else {
            c.bars.add(new ContextSummary.Bar(m.step(), m.step(), 1, cpu, gpu, ram, grams, seconds));
            if (c.bars.size() > ContextSummary.MAX_BARS) {
                List<ContextSummary.Bar> halved = ContextSummary.compact(c.bars, c.bars.size() / 2 + 1);
                c.bars.clear();
                c.bars.addAll(halved);
                c.size *= 2;
            }
        }
        // Most steps are not among the top: they are turned away before a TopStep is built for them.
        if (top.size() >= TopStep.COUNT && m.emissions().grams() < top.peek().emissionsGrams()) {
            return;
        }
        TopStep step = TopStep.of(row);
        if (top.size() < TopStep.COUNT || TopStep.ORDER.compare(step, top.peek()) < 0) {
            top.add(step);
            if (top.size() > TopStep.COUNT) {
                top.poll();
            }
        }
    }

    private Context context(String name) {
        Context c = contexts.get(name);
        if (c == null) {
            c = new Context();
            contexts.put(name, c);
        }
        return c;
    }

    Totals totals() {
        return totals.totals();
    }

    /** When the last step ended; the given start when none was logged. */
    Instant lastEnd(Instant start) {
        return lastEnd == null || lastEnd.isBefore(start) ? start : lastEnd;
    }

    /** The run's summary, with the whole run's totals as the caller knows them. */
    Summary summary(RunRecord record, Instant end, Totals runTotals, long unwrittenSteps, boolean killed) {
        List<ContextSummary> list = new ArrayList<>();
        for (Map.Entry<String, Context> e : contexts.entrySet()) {
            Context c = e.getValue();
            list.add(new ContextSummary(e.getKey(), c.totals.totals(), c.start, c.end, c.bars));
        }
        RunEntry entry = new RunEntry(record, end, runTotals, totals.totals(), unwrittenSteps, killed);
        return new Summary(List.of(entry), list, new ArrayList<>(top));
    }
}
