package io.github.qbanklint.core.document;

import io.github.qbanklint.core.anchors.Fragments;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A link destination split the way a browser reads it: remote (has a scheme or starts with {@code
 * //}), a fragment in the same document, a local path with an optional fragment, or a path that
 * exists only on the author's machine. Path and fragment are percent-decoded; a query is dropped.
 *
 * @param path the local path as written, decoded, without query or fragment; empty for {@code #x}
 * @param fragment the decoded fragment, when the destination has one
 * @param onAuthorsMachine a Windows drive path or {@code file:} URL: it only exists where the file
 *     was written (editors like Typora paste such image paths)
 */
public record LinkTarget(String path, Optional<String> fragment, boolean onAuthorsMachine) {
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
  private static final Pattern MACHINE_PATH = Pattern.compile("^(?i)(file:|[a-z]:[\\\\/])");

  public LinkTarget(String path, Optional<String> fragment) {
    this(path, fragment, false);
  }

  /**
   * The local target of a destination, or empty when it is remote, a scheme like {@code mailto:},
   * or blank.
   */
  public static Optional<LinkTarget> parse(String destination) {
    String d = destination.strip();
    if (d.startsWith("#")) {
      // The common case, a link to a heading of the same file: no regex needed.
      return Optional.of(new LinkTarget("", Optional.of(Fragments.decode(d.substring(1)))));
    }
    if (MACHINE_PATH.matcher(d).find()) {
      return Optional.of(new LinkTarget(d, Optional.empty(), true));
    }
    if (d.isEmpty() || d.startsWith("//") || SCHEME.matcher(d).find()) {
      return Optional.empty();
    }
    int hash = d.indexOf('#');
    String beforeHash = hash < 0 ? d : d.substring(0, hash);
    Optional<String> fragment =
        hash < 0 ? Optional.empty() : Optional.of(Fragments.decode(d.substring(hash + 1)));
    int query = beforeHash.indexOf('?');
    String path = query < 0 ? beforeHash : beforeHash.substring(0, query);
    if (path.isEmpty() && fragment.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new LinkTarget(Fragments.decode(path), fragment));
  }

  public boolean isSameDocument() {
    return path.isEmpty();
  }
}
