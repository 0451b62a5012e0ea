package io.github.carbon4j.report;

import io.github.carbon4j.Emissions;
import io.github.carbon4j.Energy;
import io.github.carbon4j.Limit;
import io.github.carbon4j.internal.Units;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The arguments of {@code ReportMain check}: directories, an optional baseline and the limits. */
record CheckArguments(List<Path> directories, Optional<Path> baseline, CarbonCheck.Limits limits) {

    private static final List<String> OPTIONS =
            List.of("--baseline", "--max-regression", "--max-energy", "--max-emissions", "--max-sci");

    /** Reads the arguments; throws {@link IllegalArgumentException} naming the first bad one. */
    static CheckArguments parse(List<String> args) {
        List<Path> directories = new ArrayList<>();
        Optional<Path> baselineDirectory = Optional.empty();
        Optional<Limit<Energy>> maxEnergy = Optional.empty();
        Optional<Limit<Emissions>> maxEmissions = Optional.empty();
        Optional<Limit<Emissions>> maxSci = Optional.empty();
        double share = 0.10;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (OPTIONS.contains(arg)) {
                if (++i == args.size()) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                String value = args.get(i);
                switch (arg) {
                    case "--baseline" -> baselineDirectory = Optional.of(ReportMain.path(value));
                    case "--max-regression" -> share = Units.regressionShare(value);
                    case "--max-energy" -> maxEnergy = Optional.of(Limit.energy(value));
                    case "--max-sci" -> maxSci = Optional.of(Limit.sci(value));
                    default -> maxEmissions = Optional.of(Limit.emissions(value));
                }
            } else if (arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument \"" + arg + "\"");
            } else {
                directories.add(ReportMain.path(arg));
            }
        }
        if (directories.isEmpty()) {
            throw new IllegalArgumentException("no directory to check");
        }
        return new CheckArguments(
                directories, baselineDirectory, new CarbonCheck.Limits(maxEnergy, maxEmissions, maxSci, share));
    }
}
