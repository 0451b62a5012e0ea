package io.github.carbon4j.jmh;

import io.github.carbon4j.Emissions;
import io.github.carbon4j.Energy;
import io.github.carbon4j.Limit;
import io.github.carbon4j.internal.Units;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link BudgetCheck}'s command line, checked: the result file, the limits per operation, the
 * baseline and the allowed growth, and the warnings to print (a deprecated flag). Immutable.
 */
record BudgetCheckArguments(
        Path file,
        Optional<Limit<Energy>> maxEnergy,
        Optional<Limit<Emissions>> maxEmissions,
        Optional<Limit<Emissions>> maxSci,
        Optional<Path> baseline,
        double share,
        List<String> warnings) {

    /** The emissions flag's name before 0.3, when the JMH labels said co2e. */
    static final String OLD_EMISSIONS_FLAG = "--max-co2e-per-op";

    private static final String EMISSIONS_FLAG = "--max-emissions-per-op";
    private static final List<String> FLAGS =
            List.of("--max-energy-per-op", EMISSIONS_FLAG, "--max-sci-per-op", "--baseline", "--max-regression");

    /** @throws IllegalArgumentException saying what is wrong with the arguments */
    static BudgetCheckArguments parse(String[] args) {
        Path file = null;
        Map<String, String> flags = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals(OLD_EMISSIONS_FLAG)) {
                warnings.add(OLD_EMISSIONS_FLAG + " is deprecated: use " + EMISSIONS_FLAG);
                arg = EMISSIONS_FLAG;
            }
            if (FLAGS.contains(arg)) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                flags.put(arg, args[++i]);
            } else if (arg.startsWith("--") || file != null) {
                throw new IllegalArgumentException("unexpected argument \"" + arg + "\"");
            } else {
                file = path(arg);
            }
        }
        return of(file, flags, warnings);
    }

    private static BudgetCheckArguments of(Path file, Map<String, String> flags, List<String> warnings) {
        if (file == null) {
            throw new IllegalArgumentException("no result file given");
        }
        Optional<Path> baseline = Optional.ofNullable(flags.get("--baseline")).map(BudgetCheckArguments::path);
        if (flags.containsKey("--max-regression") && baseline.isEmpty()) {
            throw new IllegalArgumentException("--max-regression needs --baseline");
        }
        BudgetCheckArguments a = new BudgetCheckArguments(
                file,
                Optional.ofNullable(flags.get("--max-energy-per-op")).map(Limit::energy),
                Optional.ofNullable(flags.get(EMISSIONS_FLAG)).map(Limit::emissions),
                Optional.ofNullable(flags.get("--max-sci-per-op")).map(Limit::sci),
                baseline,
                Optional.ofNullable(flags.get("--max-regression"))
                        .map(Units::regressionShare)
                        .orElse(0.10),
                List.copyOf(warnings));
        if (a.maxEnergy().isEmpty() && a.maxEmissions().isEmpty() && a.maxSci().isEmpty() && baseline.isEmpty()) {
            throw new IllegalArgumentException("no limit and no baseline given");
        }
        return a;
    }

    private static Path path(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("not a path: \"" + value + "\"");
        }
    }
}
