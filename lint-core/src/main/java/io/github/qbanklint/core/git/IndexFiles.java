package io.github.qbanklint.core.git;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The files the index holds, and which of them the working tree changes or lacks, read in one
 * {@code git ls-files --cached --modified --deleted -t -z}: each path comes tagged {@code H} (or
 * {@code S}, {@code M}) for being in the index, and again {@code C} when its working-tree content
 * differs, {@code R} when the working tree removed it. Paths are absolute under the top level.
 */
final class IndexFiles {
  private final Set<Path> tracked = new HashSet<>();
  private final Set<Path> differFromWorkTree = new HashSet<>();

  private IndexFiles() {}

  static IndexFiles parse(Path topLevel, byte[] taggedListing) {
    IndexFiles files = new IndexFiles();
    for (String entry : new String(taggedListing, StandardCharsets.UTF_8).split("\0")) {
      if (entry.length() < 3) {
        continue;
      }
      Path path = topLevel.resolve(entry.substring(2)).normalize();
      files.tracked.add(path);
      char tag = entry.charAt(0);
      if (tag == 'C' || tag == 'R') {
        files.differFromWorkTree.add(path);
      }
    }
    return files;
  }

  /** True when the index holds {@code path}: untracked, ignored and staged removals are not. */
  boolean tracks(Path path) {
    return tracked.contains(path);
  }

  /** True when the working tree's {@code path} is not what the index holds. */
  boolean differsFromWorkTree(Path path) {
    return differFromWorkTree.contains(path);
  }
}
