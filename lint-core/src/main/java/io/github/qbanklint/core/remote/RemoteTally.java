package io.github.qbanklint.core.remote;

/**
 * How far a remote link check is, counted in distinct URLs (without their fragments).
 *
 * @param done URLs finished so far, the cached and skipped ones included
 * @param total URLs in this check
 * @param cached alive according to the cache, not requested
 * @param skipped not requested: left out by links.include/links.exclude, or a private address
 * @param failed found broken so far
 */
public record RemoteTally(int done, int total, int cached, int skipped, int failed) {}
