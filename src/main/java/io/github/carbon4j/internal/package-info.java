/**
 * Support code that several carbon4j packages share (parsing helpers), public only so those
 * packages can reach it. Not API: it may change in any release without notice.
 */
package io.github.carbon4j.internal;
