/**
 * Carbon intensity: which grams of CO2eq a kilowatt-hour costs where the code runs. Figures come from
 * bundled, attributed tables (cloud regions, country and regional grids, generation sources) and are looked
 * up offline; {@link io.github.carbon4j.intensity.CarbonIntensities} resolves the configured location to one
 * figure with its source and year. Live grid feeds are used only when configured, fall back to the bundled
 * figure on any failure and never put a secret into a message. A new intensity source goes here, as a
 * resolver step or a feed.
 *
 * @since 0.1
 */
package io.github.carbon4j.intensity;
