package io.github.qbanklint.core.engine;

import io.github.qbanklint.core.api.UnreadableInput;
import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.document.LoadProblem;
import io.github.qbanklint.core.paths.Confinement;
import io.github.qbanklint.core.paths.DirectoryAccess;
import io.github.qbanklint.core.paths.SpecialFiles;
import io.github.qbanklint.core.paths.SymlinkLoops;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Expands the paths a user names into the files to lint: named files as they are, directories
 * walked for files matching {@code include} and not {@code exclude}, never into {@code .git},
 * {@code node_modules} or {@code target}. The walk stays in the workspace root: a symbolic link
 * whose target is outside it is neither followed nor read, pipes, devices and {@code /proc} files
 * are never opened, and a file reached twice through links is linted once. Results are sorted, so
 * output order is stable.
 */
public final class FileCollector {
  private final Path root;
  private final Confinement workspace;
  private final List<PathMatcher> include;
  private final List<PathMatcher> exclude;

  public FileCollector(Path root, Config config) {
    this.root = root.toAbsolutePath().normalize();
    this.workspace = new Confinement(this.root);
    this.include = matchers(config.include());
    this.exclude = matchers(config.exclude());
  }

  /**
   * What a walk found.
   *
   * @param files the files to lint, sorted by relative path
   * @param outsideWorkspace the symbolic links whose target is outside the workspace, not followed
   * @param problems what could not be read, one line each ({@code path: why}): unreadable
   *     directories, broken links, symlink loops, special files named on the command line
   */
  public record Selection(
      List<SourceFile> files, List<UnreadableInput> outsideWorkspace, List<String> problems) {

    /** The files; an input error naming the first problem when anything could not be read. */
    public List<SourceFile> filesOrFail() {
      if (!problems.isEmpty()) {
        throw new InputException(
            problems.get(0)
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
      }
      return files;
    }
  }

  public Path root() {
    return root;
  }

  /** The files to lint; an input error when anything in the way could not be read. */
  public List<SourceFile> collect(List<Path> inputs) {
    return select(inputs).filesOrFail();
  }

  /** The files to lint, the links that leave the workspace, and what could not be read. */
  public Selection select(List<Path> inputs) {
    Walk walk = new Walk();
    for (Path input : inputs) {
      Path absolute = input.toAbsolutePath().normalize();
      requireExisting(absolute, shown(absolute));
      walk.named(absolute);
    }
    return walk.selection();
  }

  /**
   * Fails with an input error when a path the user named is not there or cannot be reached.
   *
   * @param written the path as the user wrote it, for the message
   */
  public void requireExisting(Path absolute, Object written) {
    try {
      Files.readAttributes(absolute, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      throw new InputException("no such file or directory: " + written);
    } catch (AccessDeniedException e) {
      throw new InputException(
          "cannot reach " + written + ": permission denied on a directory above it");
    } catch (IOException e) {
      throw new InputException(
          SymlinkLoops.firstIn(absolute)
              .map(link -> "cannot reach " + written + ": symlink loop at " + shown(link))
              .orElse("cannot reach " + written + ": " + e.getMessage()));
    }
  }

  /** The path relative to the root (or to the root with its links resolved), else absolute. */
  public String relative(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path rel =
        abs.startsWith(root)
            ? root.relativize(abs)
            : abs.startsWith(workspace.boundary()) ? workspace.boundary().relativize(abs) : abs;
    return rel.toString().replace('\\', '/');
  }

  /** The relative path for a message: {@code .} for the root itself. */
  private String shown(Path path) {
    String relative = relative(path);
    return relative.isEmpty() ? "." : relative;
  }

  /** A directory to list: the path it was reached by, and where it really is. */
  private record Directory(Path path, Path real) {}

  /** The state of one {@link #select}: what was found so far, and the directories listed. */
  private final class Walk {
    private final Map<Path, SourceFile> filesByRealPath = new LinkedHashMap<>();
    private final List<UnreadableInput> outside = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final Set<Path> listed = new HashSet<>();

    /** A path the user named: linted even when it does not match {@code include}. */
    void named(Path input) {
      // A path named outside the root was chosen by the user; only what lies under it is confined.
      Confinement boundary =
          input.startsWith(root) ? workspace : new Confinement(directoryOf(input));
      Confinement.Location location = boundary.locate(input);
      if (location instanceof Confinement.Inside inside) {
        enterNamed(input, inside.real(), boundary);
      } else {
        linkNotFollowed(input, location);
      }
    }

    private void enterNamed(Path input, Path real, Confinement boundary) {
      Optional<BasicFileAttributes> attributes = attributesOf(input, real);
      if (attributes.isEmpty()) {
        return;
      }
      Optional<String> special = SpecialFiles.whyNotOpened(real, attributes.get());
      if (special.isPresent()) {
        problems.add(shown(input) + ": " + special.get());
      } else if (attributes.get().isDirectory()) {
        walk(new Directory(input, real), boundary);
      } else {
        add(relative(input), real);
      }
    }

    private void walk(Directory start, Confinement boundary) {
      Deque<Directory> pending = new ArrayDeque<>();
      pending.push(start);
      while (!pending.isEmpty()) {
        Directory directory = pending.pop();
        if (listed.add(directory.real())) {
          list(directory, boundary, pending);
        }
      }
    }

    private void list(Directory directory, Confinement boundary, Deque<Directory> pending) {
      if (!DirectoryAccess.mayList(directory.real())) {
        unreadableDirectory(directory.path(), "permission denied");
        return;
      }
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory.real())) {
        for (Path entry : entries) {
          visit(directory.path().resolve(entry.getFileName().toString()), entry, boundary, pending);
        }
      } catch (AccessDeniedException e) {
        unreadableDirectory(directory.path(), "permission denied");
      } catch (IOException | DirectoryIteratorException e) {
        unreadableDirectory(directory.path(), String.valueOf(e.getMessage()));
      }
    }

    private void visit(Path path, Path entry, Confinement boundary, Deque<Directory> pending) {
      BasicFileAttributes attributes;
      try {
        attributes =
            Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (IOException e) {
        return; // removed while the directory was listed
      }
      if (attributes.isSymbolicLink()) {
        Confinement.Location location = boundary.locate(path);
        if (location instanceof Confinement.Inside inside) {
          attributesOf(path, inside.real())
              .ifPresent(a -> enterWalked(path, inside.real(), a, pending));
        } else if (location instanceof Confinement.Outside out && Files.isDirectory(out.real())) {
          if (!skippedDirectory(path)) {
            outside(path, out.real());
          }
        } else if (wanted(relative(path))) {
          linkNotFollowed(path, location);
        }
      } else {
        enterWalked(path, entry, attributes, pending);
      }
    }

    /** A file or directory met in a walk; pipes, devices and system files are left out. */
    private void enterWalked(
        Path path, Path real, BasicFileAttributes attributes, Deque<Directory> pending) {
      if (SpecialFiles.whyNotOpened(real, attributes).isPresent()) {
        return;
      }
      if (attributes.isDirectory()) {
        if (!skippedDirectory(path)) {
          pending.push(new Directory(path, real));
        }
      } else if (attributes.isRegularFile()) {
        String relative = relative(path);
        if (wanted(relative)) {
          add(relative, real);
        }
      }
    }

    /** A path whose target was not followed: outside the workspace, dangling, or looping. */
    private void linkNotFollowed(Path path, Confinement.Location location) {
      String shown = shown(path);
      if (location instanceof Confinement.Outside out) {
        outside(path, out.real());
      } else if (location instanceof Confinement.Missing) {
        problems.add(shown + ": broken symbolic link: its target does not exist");
      } else if (location instanceof Confinement.Loop loop) {
        problems.add(
            shown + ": symlink loop at " + shown(loop.link()) + "; fix or remove the link");
      } else if (location instanceof Confinement.Unreachable unreachable) {
        problems.add(shown + ": cannot be read: " + unreachable.reason());
      }
    }

    private Optional<BasicFileAttributes> attributesOf(Path path, Path real) {
      try {
        return Optional.of(
            Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
      } catch (IOException e) {
        problems.add(shown(path) + ": cannot be read: " + e.getMessage());
        return Optional.empty();
      }
    }

    private void outside(Path link, Path real) {
      outside.add(
          new UnreadableInput(
              relative(link),
              new LoadProblem(
                  LoadProblem.Kind.OUTSIDE_WORKSPACE,
                  "symbolic link points outside the workspace (→ "
                      + real
                      + "); not checked: lint the target in a run of its own, or remove the link",
                  1,
                  1)));
    }

    private void unreadableDirectory(Path directory, String reason) {
      problems.add(
          shown(directory)
              + ": cannot read directory: "
              + reason
              + "; give it read and execute permission, or exclude it in .qbank-lint.yml");
    }

    /** Keeps one path per file: the one without links if it was met, else the first in order. */
    private void add(String relative, Path real) {
      SourceFile candidate = new SourceFile(real, relative);
      filesByRealPath.merge(
          real, candidate, (kept, other) -> preferred(other, kept) ? other : kept);
    }

    private boolean preferred(SourceFile a, SourceFile b) {
      boolean aDirect = a.relativePath().equals(relative(a.file()));
      boolean bDirect = b.relativePath().equals(relative(b.file()));
      return aDirect != bDirect ? aDirect : a.relativePath().compareTo(b.relativePath()) < 0;
    }

    Selection selection() {
      List<SourceFile> files = new ArrayList<>(filesByRealPath.values());
      files.sort(Comparator.comparing(SourceFile::relativePath));
      outside.sort(Comparator.comparing(UnreadableInput::path));
      problems.sort(Comparator.naturalOrder());
      return new Selection(List.copyOf(files), List.copyOf(outside), List.copyOf(problems));
    }
  }

  private static Path directoryOf(Path input) {
    return Files.isDirectory(input, LinkOption.NOFOLLOW_LINKS) || input.getParent() == null
        ? input
        : input.getParent();
  }

  private boolean skippedDirectory(Path directory) {
    Path name = directory.getFileName();
    return (name != null && Config.ALWAYS_SKIPPED.contains(name.toString())) || excluded(directory);
  }

  /** Whether a file at {@code relative} (see {@link #relative}) is included and not excluded. */
  private boolean wanted(String relative) {
    Path path = Path.of(relative);
    return matches(include, path) && !matches(exclude, path);
  }

  private boolean excluded(Path file) {
    return matches(exclude, Path.of(relative(file)));
  }

  private static boolean matches(List<PathMatcher> matchers, Path path) {
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
