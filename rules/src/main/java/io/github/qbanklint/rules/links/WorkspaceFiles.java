package io.github.qbanklint.rules.links;

import io.github.qbanklint.core.paths.Confinement;
import io.github.qbanklint.core.paths.DirectoryAccess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds link targets under the workspace root by reading directory listings, so that a name that
 * differs only in letter case is told apart from an exact match on every operating system. A path
 * that leaves the root is never looked up, whether by {@code ..} or through a symbolic link: no
 * directory outside the root is listed. One instance per rule run; not thread-safe.
 */
final class WorkspaceFiles {
  private final Path root;
  private final Confinement workspace;
  private final Set<String> documents;
  private final Map<Path, Optional<DirectoryListing>> listings = new HashMap<>();
  // Many documents link the same missing path; its suggestion scans a whole directory listing.
  private final Map<List<String>, Resolution> probes = new HashMap<>();

  /**
   * @param documents the paths of the documents being linted, which exist even when they were given
   *     in memory rather than read from disk
   */
  WorkspaceFiles(Path root, Set<String> documents) {
    this.root = root.toAbsolutePath().normalize();
    this.workspace = new Confinement(this.root);
    this.documents = documents;
  }

  /** Where a link points, relative to the workspace root. */
  sealed interface Resolution {}

  /** The target exists as written. */
  record Found(String path) implements Resolution {}

  /** The target exists only under another letter case: {@code actual} is its real path. */
  record CaseMismatch(String actual) implements Resolution {}

  /**
   * Nothing there: the first missing segment of the path, under {@code prefix} (the path up to it,
   * with its trailing {@code /}), in the listing of its directory.
   */
  record Missing(String prefix, String segment, DirectoryListing listing) implements Resolution {
    static Missing withoutSuggestion() {
      return new Missing("", "", DirectoryListing.EMPTY);
    }

    /**
     * The closest existing path, if one is close: looked for only when asked, since of the rules
     * that resolve a link only the one that reports the missing file asks.
     */
    Optional<String> suggestion() {
      return listing.closestTo(segment).map(name -> prefix + name);
    }
  }

  /** The path climbs above the workspace root. */
  record EscapesRoot() implements Resolution {}

  /**
   * A symbolic link on the path leads outside the workspace: the target would be at {@code real},
   * which is not looked into.
   */
  record OutsideWorkspace(Path real) implements Resolution {}

  /** Following the symbolic link {@code link} (relative to the root) never ends. */
  record SymlinkLoop(String link) implements Resolution {}

  /** The directory {@code directory} (relative to the root) on the way cannot be listed. */
  record Unreadable(String directory) implements Resolution {}

  /**
   * Resolves {@code target} (with {@code /} separators) as written in the document at {@code
   * documentPath}: relative to the document's directory, or to the root when it starts with {@code
   * /}.
   */
  Resolution resolve(String documentPath, String target) {
    Deque<String> segments = new ArrayDeque<>();
    if (!target.startsWith("/")) {
      String[] documentSegments = documentPath.split("/");
      for (int i = 0; i < documentSegments.length - 1; i++) {
        segments.addLast(documentSegments[i]);
      }
    }
    for (String segment : target.split("/")) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        if (segments.isEmpty()) {
          return new EscapesRoot();
        }
        segments.removeLast();
      } else {
        segments.addLast(segment);
      }
    }
    String path = String.join("/", segments);
    return documents.contains(path)
        ? new Found(path)
        : probes.computeIfAbsent(List.copyOf(segments), this::probe);
  }

  private Resolution probe(List<String> segments) {
    Path directory = root;
    StringBuilder actual = new StringBuilder();
    boolean caseDiffers = false;
    boolean throughLink = false;
    for (int i = 0; i < segments.size(); i++) {
      String segment = segments.get(i);
      Optional<DirectoryListing> names = list(directory);
      if (names.isEmpty()) {
        return new Unreadable(
            actual.length() == 0 ? "." : actual.substring(0, actual.length() - 1));
      }
      String match =
          names.get().contains(segment) ? segment : names.get().ignoringCase(segment).orElse(null);
      if (match == null) {
        return new Missing(actual.toString(), segment, names.get());
      }
      caseDiffers |= !match.equals(segment);
      actual.append(match).append('/');
      try {
        directory = directory.resolve(match);
      } catch (InvalidPathException e) {
        return Missing.withoutSuggestion();
      }
      if (Files.isSymbolicLink(directory)) {
        Optional<Resolution> notFollowed =
            notFollowed(workspace.locate(directory), segments.subList(i + 1, segments.size()));
        if (notFollowed.isPresent()) {
          return notFollowed.get();
        }
        throughLink = true;
      }
    }
    String path = actual.length() == 0 ? "" : actual.substring(0, actual.length() - 1);
    if (caseDiffers) {
      return new CaseMismatch(path);
    }
    // A document reached through a link is linted under its real path, where its anchors are.
    return new Found(throughLink ? realPath(directory).orElse(path) : path);
  }

  /**
   * Why a symbolic link on the way is not followed further; empty when it leads inside.
   *
   * @param rest the segments of the target after the link
   */
  private Optional<Resolution> notFollowed(Confinement.Location location, List<String> rest) {
    if (location instanceof Confinement.Outside outside) {
      return Optional.of(new OutsideWorkspace(outside.real().resolve(String.join("/", rest))));
    }
    if (location instanceof Confinement.Loop loop) {
      return Optional.of(new SymlinkLoop(relative(loop.link())));
    }
    if (location instanceof Confinement.Inside) {
      return Optional.empty();
    }
    return Optional.of(Missing.withoutSuggestion());
  }

  private Optional<String> realPath(Path path) {
    return workspace.locate(path) instanceof Confinement.Inside inside
        ? Optional.of(workspace.boundary().relativize(inside.real()).toString().replace('\\', '/'))
        : Optional.empty();
  }

  private String relative(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path base = absolute.startsWith(root) ? root : workspace.boundary();
    return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
  }

  private Optional<DirectoryListing> list(Path directory) {
    return listings.computeIfAbsent(directory, WorkspaceFiles::read);
  }

  /** The names in a directory; none in a file; empty when the directory cannot be listed. */
  private static Optional<DirectoryListing> read(Path directory) {
    if (!Files.isDirectory(directory)) {
      return Optional.of(DirectoryListing.EMPTY);
    }
    if (!DirectoryAccess.mayList(directory)) {
      return Optional.empty();
    }
    try (Stream<Path> entries = Files.list(directory)) {
      return Optional.of(
          new DirectoryListing(entries.map(p -> p.getFileName().toString()).sorted().toList()));
    } catch (IOException | UncheckedIOException | SecurityException e) {
      return Optional.empty();
    }
  }
}
