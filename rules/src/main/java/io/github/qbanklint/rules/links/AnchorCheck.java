package io.github.qbanklint.rules.links;

import io.github.qbanklint.core.anchors.Fragments;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Whether a fragment names an anchor of its target document, and if not, the message saying so,
 * with the closest anchor as a suggestion while a budget of work lasts. One check serves one
 * document's links to itself, or the links across a workspace.
 */
final class AnchorCheck {
  /**
   * How much work one check may spend suggesting the closest anchor to broken fragments: names read
   * plus edit-distance cells, under a second. Each suggestion compares the fragment with every
   * anchor of the target file, so a file with tens of thousands of broken fragments and anchors
   * took minutes; once the budget is spent the findings come without a suggestion.
   */
  static final long SUGGESTION_WORK = 100_000_000;

  // The same broken fragment is often linked many times; its suggestion is computed once.
  private final Map<List<String>, Optional<String>> suggestions = new HashMap<>();
  private final Map<String, Closest> anchorsByPath = new HashMap<>();
  private long workLeft = SUGGESTION_WORK;

  /**
   * The problem with a link to {@code fragment} of the document at {@code path}, or empty when one
   * of its anchors matches; {@code where} names that document in the message ("this file" or its
   * path).
   */
  Optional<String> problem(
      String path, Supplier<Set<String>> anchors, String fragment, String where) {
    if (Fragments.resolves(fragment, anchors.get())) {
      return Optional.empty();
    }
    return Optional.of(
        "anchor '#"
            + fragment
            + "' matches no heading or HTML id in "
            + where
            + suggestions
                .computeIfAbsent(List.of(path, fragment), k -> closest(path, anchors, fragment))
                .map(a -> "; did you mean #" + a + "?")
                .orElse(": link an existing heading, or add an id."));
  }

  private Optional<String> closest(String path, Supplier<Set<String>> anchors, String fragment) {
    if (workLeft <= 0) {
      return Optional.empty();
    }
    Closest closest = anchorsByPath.computeIfAbsent(path, p -> new Closest(anchors.get()));
    long before = closest.work();
    Optional<String> suggestion = closest.to(fragment);
    workLeft -= closest.work() - before;
    return suggestion;
  }
}
