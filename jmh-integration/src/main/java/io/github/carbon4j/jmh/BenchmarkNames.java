package io.github.carbon4j.jmh;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.openjdk.jmh.infra.BenchmarkParams;

/** How carbon4j names a benchmark with its parameters: {@code org.acme.JoinBench.join(size=100, sep=,)}. */
final class BenchmarkNames {

    private BenchmarkNames() {}

    static String of(BenchmarkParams params) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : params.getParamsKeys()) {
            values.put(key, params.getParam(key));
        }
        return of(params.getBenchmark(), values);
    }

    /** The benchmark's full method name, then its parameters in the order given, if any. */
    static String of(String benchmark, Map<String, String> params) {
        if (params.isEmpty()) {
            return benchmark;
        }
        StringJoiner joiner = new StringJoiner(", ", "(", ")");
        params.forEach((key, value) -> joiner.add(key + "=" + value));
        return benchmark + joiner;
    }
}
