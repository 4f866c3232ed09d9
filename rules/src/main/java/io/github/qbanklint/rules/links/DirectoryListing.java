package io.github.qbanklint.rules.links;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The names in one directory, indexed for the look-ups of a workspace's links: whether a name is
 * there, which name differs from it only in letter case, and the closest name to a missing one. A
 * folder of thousands of banks is linked from each of them, so each look-up reads only the names it
 * needs, and a missing name's closest match is found once. Not thread-safe, like the {@link
 * WorkspaceFiles} that holds it, except {@link #EMPTY}, which every thread shares and which never
 * changes.
 */
final class DirectoryListing {
  static final DirectoryListing EMPTY = new DirectoryListing(List.of());

  private final List<String> names;
  private final Set<String> exact;
  private final Map<Integer, List<String>> byLength = new HashMap<>();
  private final Map<String, Optional<String>> closest = new HashMap<>();
  private Closest byEdits;

  /**
   * @param names in the order a look-up by letter case takes the first of them
   */
  DirectoryListing(List<String> names) {
    this.names = names;
    this.exact = new HashSet<>(names);
    // Names equal but for letter case have as many chars, so a case look-up reads one length.
    for (String name : names) {
      byLength.computeIfAbsent(name.length(), n -> new ArrayList<>()).add(name);
    }
  }

  boolean contains(String name) {
    return exact.contains(name);
  }

  /** The first name equal to {@code name} but for letter case ({@link String#equalsIgnoreCase}). */
  Optional<String> ignoringCase(String name) {
    for (String candidate : byLength.getOrDefault(name.length(), List.of())) {
      if (candidate.equalsIgnoreCase(name)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The name closest to {@code missing} when it looks like a typo of it ({@link Closest}). */
  Optional<String> closestTo(String missing) {
    if (names.isEmpty()) {
      return Optional.empty(); // and EMPTY's memo is never written
    }
    return closest.computeIfAbsent(
        missing,
        m -> {
          if (byEdits == null) {
            byEdits = new Closest(names);
          }
          return byEdits.to(m);
        });
  }
}
