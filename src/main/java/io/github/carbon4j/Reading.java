package io.github.carbon4j;

import java.time.Instant;

/** One reading of the clock and the cumulative meters, indexed by {@link Component#ordinal()}. */
record Reading(long nanos, Instant wall, Energy[] energies) {
    Energy energy(Component component) {
        return energies[component.ordinal()];
    }
}
