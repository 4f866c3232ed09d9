package io.github.qbanklint.core.git;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the index changes against {@code HEAD}, read from {@code git diff --cached --raw -z
 * --no-renames}: a rename is the deletion of its old path and the addition of its new one. Paths
 * are absolute under the repository's top level.
 */
final class StagedChanges {
  private static final String DELETED = "D";

  private final Set<Path> staged = new HashSet<>();
  private final Set<Path> deleted = new HashSet<>();
  private final Map<Path, String> headBlobs = new HashMap<>();

  private StagedChanges() {}

  /** Parses the {@code -z} raw diff: {@code :mode mode blob blob status NUL path NUL} per path. */
  static StagedChanges parse(Path topLevel, byte[] rawDiff) {
    StagedChanges changes = new StagedChanges();
    String[] fields = new String(rawDiff, StandardCharsets.UTF_8).split("\0");
    for (int i = 0; i + 1 < fields.length; i += 2) {
      String[] meta = fields[i].substring(1).split(" ");
      Path path = topLevel.resolve(fields[i + 1]).normalize();
      if (meta[4].equals(DELETED)) {
        changes.deleted.add(path);
      } else {
        changes.staged.add(path);
      }
      if (isRegularFile(meta[0])) {
        changes.headBlobs.put(path, meta[2]);
      }
    }
    return changes;
  }

  /** Regular files only: a symbolic link's blob is its target, a submodule's is a commit. */
  private static boolean isRegularFile(String mode) {
    return mode.equals("100644") || mode.equals("100755");
  }

  /** Paths the index adds, modifies or holds in conflict: the files to report on. */
  Set<Path> staged() {
    return Set.copyOf(staged);
  }

  /** Paths {@code HEAD} has and the index removes, renamed ones included. */
  Set<Path> deleted() {
    return Set.copyOf(deleted);
  }

  /** The blob {@code HEAD} holds for a path the index changes; empty for an added path. */
  Optional<String> headBlob(Path path) {
    return Optional.ofNullable(headBlobs.get(path));
  }

  /** True when the index changes {@code path}, so {@code HEAD} holds other content or none. */
  boolean changes(Path path) {
    return staged.contains(path) || deleted.contains(path);
  }
}
