package io.github.qbanklint.core.report.unanswered;

import io.github.qbanklint.core.git.WorkTree;
import io.github.qbanklint.core.report.MarkdownText;
import io.github.qbanklint.core.report.ReportContext;
import io.github.qbanklint.core.report.TerminalText;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the report's links lead: relative to the report file (the default), or to the source line
 * on a forge, {@code BASE + path/to/file.md + #L123}, with the path relative to the top of the git
 * work tree (else the workspace root) and each path segment percent-encoded. A query in the base
 * ({@code ?plain=1}, which GitHub needs to show a Markdown file's lines) goes after the path.
 */
public final class SourceLinks {
  /** Links relative to the report. */
  public static final SourceLinks RELATIVE = new SourceLinks("", "", null);

  private static final String UNRESERVED =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

  private final String base;
  private final String query;
  private final Path top;

  private SourceLinks(String base, String query, Path top) {
    this.base = base;
    this.query = query;
    this.top = top;
  }

  /**
   * Links to the forge at {@code url} for the banks under {@code root}.
   *
   * @throws IllegalArgumentException with a one-line reason when {@code url} is not an http(s) URL
   *     without credentials and fragment
   */
  public static SourceLinks forge(String url, Path root) {
    URI uri = validate(url);
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String base =
        uri.getScheme().toLowerCase(Locale.ROOT)
            + "://"
            + uri.getRawAuthority()
            + (path.endsWith("/") ? path : path + "/");
    Path top =
        WorkTree.containing(root).map(WorkTree::top).orElse(root).toAbsolutePath().normalize();
    return new SourceLinks(base, uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery(), top);
  }

  /** Checks a link base; the messages never repeat a URL that holds credentials. */
  static URI validate(String url) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "is not a valid URL (" + e.getReason() + " at index " + e.getIndex() + ")");
    }
    if (uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException(
          "must not hold a user name or password: the links are published in the report");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException(
          "must be an http:// or https:// URL, such as https://github.com/OWNER/REPO/blob/main/,"
              + " not '"
              + TerminalText.escape(url)
              + "'");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new IllegalArgumentException("has no host: '" + TerminalText.escape(url) + "'");
    }
    if (uri.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "must not end in a #fragment: the report adds #L and the line");
    }
    return uri;
  }

  /** Whether links lead to a forge. */
  public boolean toForge() {
    return top != null;
  }

  /**
   * A link to a line of a file (relative to {@code root}) on the forge, or to its heading {@code
   * anchor} relative to the report ({@code line} 0 and no anchor: to the file), as JSON shows it.
   */
  String to(ReportContext context, Path root, String path, String anchor, int line) {
    return forgeUrl(root, path, line).orElseGet(() -> relative(context, root, path, anchor));
  }

  /** The same link as a Markdown destination or an HTML {@code href} value (before escaping). */
  String destination(ReportContext context, Path root, String path, String anchor, int line) {
    return forgeUrl(root, path, line)
        .orElseGet(() -> MarkdownText.destination(relative(context, root, path, anchor)));
  }

  private Optional<String> forgeUrl(Path root, String path, int line) {
    return forgePath(root, path)
        .map(
            p ->
                (base + p + query).replace("(", "%28").replace(")", "%29")
                    + (line > 0 ? "#L" + line : ""));
  }

  private static String relative(ReportContext context, Path root, String path, String anchor) {
    String file = context.linkPath(root, path);
    return anchor.isEmpty() ? file : file + "#" + anchor;
  }

  private Optional<String> forgePath(Path root, String path) {
    if (top == null) {
      return Optional.empty();
    }
    Path file = root.resolve(path).toAbsolutePath().normalize();
    if (!file.startsWith(top)) {
      return Optional.empty();
    }
    StringBuilder encoded = new StringBuilder();
    for (Path segment : top.relativize(file)) {
      if (encoded.length() > 0) {
        encoded.append('/');
      }
      encoded.append(encode(segment.toString()));
    }
    return Optional.of(encoded.toString());
  }

  /** A path segment with every character but the unreserved ones percent-encoded as UTF-8. */
  static String encode(String segment) {
    StringBuilder out = new StringBuilder(segment.length() + 8);
    for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 0x80 && UNRESERVED.indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
