package io.github.carbon4j.intensity;

/**
 * A sub-national grid: US state, Canadian province or territory, Nordic bidding zone. Immutable.
 *
 * @param iso3 the country, ISO 3166 alpha-3
 * @param id the region's short name (state code, province code, zone)
 * @param name the region's name, e.g. "California"
 * @param estimate its intensity and source
 */
record RegionGrid(String iso3, String id, String name, IntensityEstimate estimate) {

    /** "California (USA)". */
    String describe() {
        return name + " (" + iso3 + ")";
    }
}
