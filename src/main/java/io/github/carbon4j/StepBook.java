package io.github.carbon4j;

import java.util.HashMap;
import java.util.Map;

/**
 * A logger's bookkeeping of step numbers and open spans, from which it tells whether an interval
 * overlapped a span; not thread-safe, guarded by the logger's lock.
 */
final class StepBook {

    // One mutable cell per context: the logging call boxes no Long.
    private final Map<Context, long[]> nextSteps = new HashMap<>();
    private int openSpans;
    private long spansBegun;
    private long spansBegunAtPrevious;
    private boolean spanOpenAtPrevious;

    /** The given step, or the context's next one for a negative step; the context's next is past it. */
    long assign(Context context, long step) {
        long[] next = nextSteps.get(context);
        if (next == null) {
            next = new long[1];
            nextSteps.put(context, next);
        }
        long assigned = step >= 0 ? step : next[0];
        next[0] = Math.max(next[0], assigned + 1);
        return assigned;
    }

    /** Whether a span overlapped the logged interval: open when the interval began or begun since. */
    boolean loggedIntervalOverlapped() {
        return spanOpenAtPrevious || spansBegun != spansBegunAtPrevious;
    }

    /** Starts the next logged interval now. */
    void intervalLogged() {
        spansBegunAtPrevious = spansBegun;
        spanOpenAtPrevious = openSpans > 0;
    }

    /** Counts a span open and tells whether others were open already. */
    boolean spanOpened() {
        return openSpans++ > 0;
    }

    /** {@return the sequence number of the span just opened} */
    long spanBegun() {
        return ++spansBegun;
    }

    /** Counts a span closed and tells whether another overlapped it: open when it began, or begun since. */
    boolean spanEnded(long sequence, boolean othersOpenAtBegin) {
        boolean overlapped = othersOpenAtBegin || spansBegun != sequence;
        openSpans--;
        return overlapped;
    }
}
