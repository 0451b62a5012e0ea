/**
 * Support code that other carbon4j packages and modules share. Not API: anything here may change or
 * go in any release without notice.
 */
package io.github.carbon4j.internal;
