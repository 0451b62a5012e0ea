package io.github.carbon4j.intensity;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Reads a mix a user states: source names to shares. Pure. */
final class ConfiguredMix {

    /** Shares must add up to 100 (percent) or 1 (fractions) within 0.5 % of that. */
    static final double TOLERANCE = 0.005;

    private ConfiguredMix() {}

    static IntensityEstimate estimate(Map<String, Double> shares) {
        if (shares == null || shares.isEmpty()) {
            throw new IllegalArgumentException(
                    "an energy mix needs at least one source=share, e.g. coal=25,nuclear=75");
        }
        Map<EnergySource, Double> amounts = new EnumMap<>(EnergySource.class);
        Map<EnergySource, String> givenAs = new EnumMap<>(EnergySource.class);
        double sum = 0;
        for (Map.Entry<String, Double> e : shares.entrySet()) {
            String name = e.getKey();
            Double share = e.getValue();
            Optional<EnergySource> named = EnergySource.named(name == null ? "" : name);
            if (named.isEmpty()) {
                throw new IllegalArgumentException("unknown energy source \"" + name + "\" in energy mix " + shares
                        + "; known: " + String.join(", ", EnergySource.allNames()));
            }
            EnergySource source = named.get();
            if (share == null || !(share >= 0) || Double.isInfinite(share)) {
                throw new IllegalArgumentException(
                        "invalid share " + share + " for " + name + " in energy mix " + shares);
            }
            String earlier = givenAs.putIfAbsent(source, name);
            if (earlier != null) {
                throw new IllegalArgumentException(
                        "energy mix " + shares + " gives " + source.label() + " twice (" + earlier + ", " + name + ")");
            }
            amounts.put(source, share);
            sum += share;
        }
        if (Math.abs(sum - 100) > 100 * TOLERANCE && Math.abs(sum - 1) > TOLERANCE) {
            throw new IllegalArgumentException("energy mix " + shares + " adds up to " + sum
                    + "; shares must add up to 100 (percent) or 1 (fractions), within 0.5 %");
        }
        MixIntensity mix = MixIntensity.of(amounts);
        return new IntensityEstimate(
                mix.intensity(), "energy mix " + mix.describe() + " × per-source factors" + mix.coverageNote());
    }
}
