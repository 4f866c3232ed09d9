package io.github.qbanklint.core.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Shown file paths as RFC 3986 URI references, as SARIF's {@code artifactLocation.uri} takes them:
 * a relative path stays a relative reference whose decoded path is the file's path, an absolute one
 * becomes a {@code file:} URI. Any file name can be expressed; none throws.
 */
public final class UriReferences {
  /**
   * Besides letters and digits, what a path segment keeps unencoded: RFC 3986's unreserved
   * characters, its sub-delims and {@code @}. Not {@code :}, which in a first segment would make
   * {@code x:y.md} read as the scheme {@code x}; nor {@code #}, {@code ?} and {@code %}, which
   * would start a fragment, a query or an escape.
   */
  private static final String KEPT = "-._~!$&'()*+,;=@";

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UriReferences() {}

  /** The reference for a path as {@link ReportContext#displayPath} shows it. */
  public static String of(String shownPath) {
    Path path = Path.of(shownPath);
    return path.isAbsolute() ? path.toUri().toASCIIString() : relative(shownPath);
  }

  /** A relative reference: each {@code /}-separated segment percent-encoded as UTF-8. */
  static String relative(String path) {
    StringBuilder out = new StringBuilder(path.length() + 16);
    path.codePoints()
        .forEach(
            cp -> {
              if (cp == '/' || isAsciiLetterOrDigit(cp) || KEPT.indexOf(cp) >= 0) {
                out.append((char) cp);
              } else {
                for (byte b : Character.toString(cp).getBytes(StandardCharsets.UTF_8)) {
                  out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
                }
              }
            });
    return out.toString();
  }

  private static boolean isAsciiLetterOrDigit(int cp) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  }
}
