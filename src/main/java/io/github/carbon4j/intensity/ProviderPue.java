package io.github.carbon4j.intensity;

import java.util.Map;

/**
 * The fleet-wide PUE each cloud provider publishes for its own data centres. A region's data centre
 * may do better or worse; these are the providers' averages, the best figure a user can cite
 * without the provider's per-site data.
 */
final class ProviderPue {

    private static final Map<String, PueEstimate> BY_LABEL = Map.of(
            "AWS",
                    new PueEstimate(
                            1.14,
                            "PUE 1.14: AWS data centres, global average for 2025"
                                    + " (Amazon sustainability report, AWS section)"),
            "GCP",
                    new PueEstimate(
                            1.10,
                            "PUE 1.10: Google data centres, fleet-wide trailing twelve-month average"
                                    + " for 2023 (Google environmental report 2024)"),
            "Azure",
                    new PueEstimate(
                            1.18,
                            "PUE 1.18: Microsoft datacenters, global average of the operating fleet"
                                    + " (Microsoft datacenter efficiency page, 2024)"));

    private ProviderPue() {}

    /** The provider's published PUE; the label is the one {@link CloudRegions#providerLabel} gives. */
    static PueEstimate of(String label) {
        PueEstimate pue = BY_LABEL.get(label);
        if (pue == null) {
            throw new IllegalArgumentException("no published PUE for cloud provider " + label);
        }
        return pue;
    }
}
