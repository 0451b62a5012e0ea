package io.github.carbon4j.jmh;

import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * One figure of a benchmark against its baseline. It regressed when it grew by more than the allowed
 * share and by more than the noise: twice the standard error of the difference of the two means,
 * {@code 2 √(se_baseline² + se_now²)}, from the iterations JMH recorded (a run with a single
 * iteration adds none). JMH's own 99.9% confidence intervals are too wide to gate on with the few
 * iterations of a CI run (Student's t is 8.6 for five), so they are not used. Pure value.
 *
 * @param what {@code energy} or {@code emissions}
 * @param baseline the baseline's score, in J/op or g/op
 * @param baselineError the standard error of the baseline's mean, NaN when unknown
 * @param now the score now
 * @param nowError the standard error of the mean now, NaN when unknown
 * @param share the allowed growth, 0.1 for 10%
 */
record Regression(String what, double baseline, double baselineError, double now, double nowError, double share) {

    double noise() {
        double b = Double.isFinite(baselineError) ? baselineError : 0;
        double n = Double.isFinite(nowError) ? nowError : 0;
        return 2 * Math.sqrt(b * b + n * n);
    }

    boolean measured() {
        return Double.isFinite(baseline) && Double.isFinite(now);
    }

    boolean regressed() {
        return !measured() || (now > baseline * (1 + share) && now - baseline > noise());
    }

    /** The change as a share of the baseline: 0.25 for 25% more. */
    double change() {
        return baseline > 0 ? now / baseline - 1 : now > 0 ? Double.POSITIVE_INFINITY : 0;
    }

    String text(DoubleFunction<String> format) {
        if (!measured()) {
            return what + " not measured (" + (Double.isFinite(baseline) ? "now" : "in the baseline") + ")";
        }
        return String.format(
                Locale.ROOT,
                "%s %s/op → %s/op (%s, noise ±%s/op, allowed %s)",
                what,
                format.apply(baseline),
                format.apply(now),
                percent(change()),
                format.apply(noise()),
                percent(share));
    }

    static String percent(double share) {
        if (Double.isInfinite(share)) {
            return "+∞%";
        }
        // Rounding must not print "-0.0%" for figures equal up to floating-point error.
        double percent = Math.abs(share) < 0.0005 ? 0 : share * 100;
        return String.format(Locale.ROOT, "%+.1f%%", percent);
    }
}
