package io.github.qbanklint.core.cache;

import java.util.Map;
import java.util.Optional;

/**
 * What a read of a signed cache file found: the valid entries by name, and why the file or some of
 * its entries were ignored, if they were.
 */
public record CacheContents(Map<String, CacheEntry> entries, Optional<String> problem) {
  static CacheContents empty() {
    return new CacheContents(Map.of(), Optional.empty());
  }

  static CacheContents ignored(String why) {
    return new CacheContents(Map.of(), Optional.of(why));
  }
}
