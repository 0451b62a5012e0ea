package io.github.carbon4j;

import java.util.Objects;

/** The value equality of {@link CarbonMetrics}: over the inputs it is given, as the derived figures follow. */
final class MetricsIdentity {

    private MetricsIdentity() {}

    static boolean equal(CarbonMetrics a, Object o) {
        return o instanceof CarbonMetrics b
                && a.step() == b.step()
                && a.overlapped() == b.overlapped()
                && Double.compare(a.pue(), b.pue()) == 0
                && a.context().equals(b.context())
                && a.start().equals(b.start())
                && a.duration().equals(b.duration())
                && a.energies().equals(b.energies())
                && a.intensity().equals(b.intensity())
                && a.intensitySource().equals(b.intensitySource())
                && a.scope() == b.scope()
                && a.embodiedEmissions().equals(b.embodiedEmissions());
    }

    static int hash(CarbonMetrics m) {
        return Objects.hash(
                m.context(),
                m.step(),
                m.start(),
                m.duration(),
                m.energies(),
                m.intensity(),
                m.intensitySource(),
                m.pue(),
                m.scope(),
                m.overlapped(),
                m.embodiedEmissions());
    }
}
