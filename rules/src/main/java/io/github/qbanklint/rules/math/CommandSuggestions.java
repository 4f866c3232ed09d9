package io.github.qbanklint.rules.math;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Suggestions for one document's unknown names, each computed once. A document with thousands of
 * distinct unknown commands gets suggestions for the first {@value #BUDGET} only, which keeps the
 * check linear in the size of the document.
 */
final class CommandSuggestions {
  static final int BUDGET = 200;

  private final Map<String, Optional<String>> cache = new HashMap<>();

  Optional<String> closest(String unknown, Collection<String> known) {
    Optional<String> cached = cache.get(unknown);
    if (cached != null) {
      return cached;
    }
    if (cache.size() >= BUDGET) {
      return Optional.empty();
    }
    Optional<String> found = CommandSuggester.closest(unknown, known);
    cache.put(unknown, found);
    return found;
  }
}
