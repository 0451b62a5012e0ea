package io.github.carbon4j.report;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The parts of a summary read back that {@link SummaryJson} may write again as they are, from the text they were read
 * from: a closed run's entry never changes, nor does a context no later run logged to, and turning their figures back
 * into text was most of what a closing run spent writing its directory's summary. By run id, and by the context read
 * (identity: a context merged or compacted since is another object). Only text as {@link SummaryJson} writes it at
 * that place (indented for it, with this system's line breaks) is kept. Immutable.
 *
 * @param runs the text of listed runs, by run id
 * @param contexts the text of contexts, by the context read from it
 */
record SummaryCopies(Map<String, String> runs, Map<ContextSummary, String> contexts) {

    static final SummaryCopies NONE = new SummaryCopies(Map.of(), Map.of());

    SummaryCopies {
        runs = Map.copyOf(runs);
        contexts = java.util.Collections.unmodifiableMap(new IdentityHashMap<>(contexts));
    }

    /**
     * The runs and contexts of a summary that may be copied when it is written again.
     *
     * @param read the summary {@link SummaryReader#read} read from the tree
     * @param root the tree
     * @param text the text the tree was read from
     */
    static SummaryCopies of(Summary read, JsonValue root, String text) {
        Map<String, String> runs = new HashMap<>();
        for (JsonValue run : root.path("runs")) {
            String source = run.isObject() ? run.source(text) : "";
            if (source.startsWith(SummaryJson.RUN_START) && source.endsWith(SummaryJson.ELEMENT_END)) {
                runs.put(run.path("runId").asText(), source);
            }
        }
        Map<String, ContextSummary> byName = new HashMap<>();
        for (ContextSummary c : read.contexts()) {
            byName.put(c.name(), c);
        }
        Map<ContextSummary, String> contexts = new IdentityHashMap<>();
        for (JsonValue context : root.path("contexts")) {
            String source = context.isObject() ? context.source(text) : "";
            ContextSummary c = byName.get(context.path("name").asText());
            // A context the summary compacted on reading (more bars than its page draws) is no longer the text's.
            if (c != null
                    && c.bars().size() == context.path("bars").path("rows").size()
                    && source.startsWith(SummaryJson.CONTEXT_START)
                    && source.endsWith(SummaryJson.ELEMENT_END)) {
                contexts.put(c, source);
            }
        }
        return new SummaryCopies(runs, contexts);
    }
}
