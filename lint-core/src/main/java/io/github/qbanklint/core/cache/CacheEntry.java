package io.github.qbanklint.core.cache;

/** One signed cache entry: a name (a path, a URL), a digest of what it describes, its payload. */
public record CacheEntry(String name, byte[] digest, byte[] payload) {}
