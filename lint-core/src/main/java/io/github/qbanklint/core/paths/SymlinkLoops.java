package io.github.qbanklint.core.paths;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the symbolic link where following a path goes round in circles. The operating system only
 * says "too many levels of symbolic links"; this follows the links one by one, as it does, to name
 * the link to fix.
 */
public final class SymlinkLoops {
  /** Linux gives up after 40 links; a longer chain is taken for a loop, as there. */
  private static final int MAX_LINKS = 40;

  private SymlinkLoops() {}

  /** The first link met twice while following {@code path} (absolute), if following it loops. */
  public static Optional<Path> firstIn(Path path) {
    Deque<Path> names = new ArrayDeque<>();
    path.forEach(names::addLast);
    Path resolved = path.getRoot();
    Set<Path> followed = new HashSet<>();
    Path firstRepeated = null;
    int links = 0;
    while (!names.isEmpty()) {
      String name = names.removeFirst().toString();
      if (name.equals(".")) {
        continue;
      }
      if (name.equals("..")) {
        resolved = resolved.getParent() == null ? resolved : resolved.getParent();
        continue;
      }
      Path candidate = resolved.resolve(name);
      if (!Files.isSymbolicLink(candidate)) {
        resolved = candidate;
        continue;
      }
      if (!followed.add(candidate) && firstRepeated == null) {
        firstRepeated = candidate;
      }
      if (++links > MAX_LINKS) {
        return Optional.of(firstRepeated == null ? candidate : firstRepeated);
      }
      Path target;
      try {
        target = Files.readSymbolicLink(candidate);
      } catch (IOException e) {
        return Optional.empty();
      }
      if (target.isAbsolute()) {
        resolved = target.getRoot();
      }
      Deque<Path> targetNames = new ArrayDeque<>();
      target.forEach(targetNames::addFirst);
      targetNames.forEach(names::addFirst);
    }
    return Optional.empty();
  }
}
