package io.github.carbon4j.intensity;

import io.github.carbon4j.CarbonIntensity;
import java.util.EnumMap;
import java.util.Map;

/**
 * The intensity of an electricity mix: amounts per source (shares or TWh, any unit) weighted by the
 * sources' factors. Pure and immutable.
 *
 * <p>Sources without a factor (biomass, tidal, other) are left out and the rest is normalised over the
 * share that has a factor, i.e. they are assumed to emit like the average of the known part. Counting them
 * as zero would call burning biomass carbon-free; giving them a fossil factor would overstate tidal and
 * geothermal-like "other" sources. Both are guesses; normalising adds no number of our own, and the label
 * says how much of the mix had a factor so a reader can judge.
 */
final class MixIntensity {

    private final Map<EnergySource, Double> amounts;
    private final double covered;
    private final double total;
    private final double gramsPerKilowattHour;

    private MixIntensity(Map<EnergySource, Double> amounts) {
        this.amounts = Map.copyOf(amounts);
        double weighted = 0;
        double withFactor = 0;
        double all = 0;
        for (Map.Entry<EnergySource, Double> e : amounts.entrySet()) {
            all += e.getValue();
            if (e.getKey().factor().isPresent()) {
                withFactor += e.getValue();
                weighted += e.getValue() * e.getKey().factor().getAsDouble();
            }
        }
        this.covered = withFactor;
        this.total = all;
        this.gramsPerKilowattHour = withFactor > 0 ? weighted / withFactor : Double.NaN;
    }

    /**
     * @throws IllegalArgumentException when no source with a factor has a positive amount
     */
    static MixIntensity of(Map<EnergySource, Double> amounts) {
        Map<EnergySource, Double> positive = new EnumMap<>(EnergySource.class);
        for (Map.Entry<EnergySource, Double> entry : amounts.entrySet()) {
            double amount = entry.getValue();
            if (amount > 0) {
                Double before = positive.get(entry.getKey());
                positive.put(entry.getKey(), before == null ? amount : before + amount);
            }
        }
        MixIntensity mix = new MixIntensity(positive);
        if (!(mix.covered > 0)) {
            throw new IllegalArgumentException("the mix " + mix.describe()
                    + " holds no source with an emission factor; known factors: " + factors());
        }
        return mix;
    }

    CarbonIntensity intensity() {
        return CarbonIntensity.ofGramsPerKilowattHour(gramsPerKilowattHour);
    }

    /** Fraction of the mix that has a factor, 0 to 1. */
    double coveredFraction() {
        return covered / total;
    }

    /** "" when every source has a factor, else "; 1.9 % without a factor (biomass) normalised out". */
    String coverageNote() {
        if (covered >= total) {
            return "";
        }
        // An EnumMap's keys come in the sources' order, as sorted() gave them.
        java.util.StringJoiner without = new java.util.StringJoiner(", ");
        for (EnergySource s : new java.util.TreeSet<>(amounts.keySet())) {
            if (s.factor().isEmpty()) {
                without.add(s.label());
            }
        }
        return "; " + Names.number(100 * (1 - coveredFraction())) + " % without a factor (" + without
                + ") normalised out";
    }

    /** "coal 25 %, petroleum 35 %" in the order of the sources. */
    String describe() {
        java.util.StringJoiner joined = new java.util.StringJoiner(", ");
        for (Map.Entry<EnergySource, Double> e : new java.util.TreeMap<>(amounts).entrySet()) {
            joined.add(e.getKey().label() + " " + Names.number(100 * e.getValue() / total) + " %");
        }
        return joined.toString();
    }

    static String factors() {
        java.util.StringJoiner joined = new java.util.StringJoiner(", ");
        for (EnergySource s : EnergySource.values()) {
            if (s.factor().isPresent()) {
                joined.add(s.label() + " " + Names.number(s.factor().getAsDouble()));
            }
        }
        return joined.toString();
    }
}
