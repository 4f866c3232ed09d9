package io.github.qbanklint.core.engine;

import io.github.qbanklint.core.config.Config;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Expands the paths a user names into the files to lint: named files as they are, directories
 * walked for files matching {@code include} and not {@code exclude}, never into {@code .git},
 * {@code node_modules} or {@code target}. Results are sorted, so output order is stable.
 */
public final class FileCollector {
  private final Path root;
  private final List<PathMatcher> include;
  private final List<PathMatcher> exclude;

  public FileCollector(Path root, Config config) {
    this.root = root.toAbsolutePath().normalize();
    this.include = matchers(config.include());
    this.exclude = matchers(config.exclude());
  }

  public Path root() {
    return root;
  }

  public List<SourceFile> collect(List<Path> inputs) {
    Set<Path> files = new LinkedHashSet<>();
    for (Path input : inputs) {
      Path abs = input.toAbsolutePath().normalize();
      if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
        throw new InputException("no such file or directory: " + input);
      }
      if (Files.isDirectory(abs)) {
        walk(abs, files);
      } else {
        files.add(abs);
      }
    }
    List<SourceFile> result = new ArrayList<>();
    for (Path file : files) {
      result.add(new SourceFile(file, relative(file)));
    }
    result.sort(java.util.Comparator.comparing(SourceFile::relativePath));
    return result;
  }

  public String relative(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path rel = abs.startsWith(root) ? root.relativize(abs) : abs;
    return rel.toString().replace('\\', '/');
  }

  private void walk(Path dir, Set<Path> files) {
    try {
      Files.walkFileTree(
          dir,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
              String name = d.getFileName() == null ? "" : d.getFileName().toString();
              boolean skipped =
                  !d.equals(dir) && (Config.ALWAYS_SKIPPED.contains(name) || excluded(d));
              return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
              if (included(f) && !excluded(f)) {
                files.add(f);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
              if (included(f) && !excluded(f)) {
                files.add(f);
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new InputException("cannot read directory " + dir + ": " + e.getMessage());
    }
  }

  private boolean included(Path file) {
    return matches(include, relative(file));
  }

  private boolean excluded(Path file) {
    return matches(exclude, relative(file));
  }

  private static boolean matches(List<PathMatcher> matchers, String relative) {
    Path path = Path.of(relative);
    for (PathMatcher m : matchers) {
      if (m.matches(path)) {
        return true;
      }
    }
    return false;
  }

  private static List<PathMatcher> matchers(List<String> globs) {
    List<PathMatcher> matchers = new ArrayList<>();
    for (String glob : globs) {
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
      if (glob.startsWith("**/")) {
        matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3)));
      }
    }
    return matchers;
  }
}
