/**
 * Accuracy runners on the real machine: {@code Additivity} checks that the same work costs the same
 * whether it is logged as one step or as many short ones, in both scopes.
 */
package io.github.carbon4j.samples.accuracy;
