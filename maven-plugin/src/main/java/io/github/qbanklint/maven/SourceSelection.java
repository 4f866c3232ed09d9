package io.github.qbanklint.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which directories one Maven module lints: its source directories that exist, and globs that keep
 * out its build directory and its child modules (each module checks its own sources).
 *
 * @param inputs the existing source directories
 * @param root the workspace root the engine will use, so the globs are relative to it
 * @param moduleExcludes globs for the build directory and child module directories
 */
record SourceSelection(List<Path> inputs, Path root, List<String> moduleExcludes) {

  static SourceSelection of(
      Path basedir, List<File> sourceDirectories, Path buildDirectory, List<String> modules) {
    List<Path> inputs =
        sourceDirectories.stream()
            .map(f -> basedir.resolve(f.toPath()).toAbsolutePath().normalize())
            .filter(Files::exists)
            .toList();
    Path root = basedir.toAbsolutePath().normalize();
    List<String> excludes = new ArrayList<>();
    addBelow(root, buildDirectory.toAbsolutePath().normalize(), excludes);
    for (String module : modules) {
      Path moduleDir = basedir.resolve(module).toAbsolutePath().normalize();
      if (Files.isRegularFile(moduleDir)) {
        moduleDir = moduleDir.getParent();
      }
      // A module named as a source directory on purpose is linted, not skipped.
      Path dir = moduleDir;
      if (inputs.stream().noneMatch(input -> input.startsWith(dir))) {
        addBelow(root, dir, excludes);
      }
    }
    return new SourceSelection(inputs, root, excludes);
  }

  private static void addBelow(Path root, Path dir, List<String> excludes) {
    if (dir.startsWith(root) && !dir.equals(root)) {
      String relative = root.relativize(dir).toString().replace('\\', '/');
      excludes.add(relative);
      excludes.add(relative + "/**");
    }
  }
}
