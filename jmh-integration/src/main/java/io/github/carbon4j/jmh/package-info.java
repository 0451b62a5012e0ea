/**
 * carbon4j for JMH: the {@link io.github.carbon4j.jmh.CarbonProfiler} ({@code -prof carbon}),
 * {@link io.github.carbon4j.jmh.JmhCarbonAssertions} for budgets in code that runs JMH, and
 * {@link io.github.carbon4j.jmh.BudgetCheck} for budgets on a JSON results file in a build.
 *
 * @since 0.1
 */
package io.github.carbon4j.jmh;
