/**
 * Support code that carbon4j's own packages and modules share, such as the unit table. Not API:
 * anything here may change in any release.
 */
package io.github.carbon4j.internal;
