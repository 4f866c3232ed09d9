package io.github.qbanklint.rules.links;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
record LinkTarget(String path, Optional<String> fragment, boolean onAuthorsMachine) {
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
  private static final Pattern MACHINE_PATH = Pattern.compile("^(?i)(file:|[a-z]:[\\\\/])");

  LinkTarget(String path, Optional<String> fragment) {
    this(path, fragment, false);
  }

  /**
   * The local target of a destination, or empty when it is remote, a scheme like {@code mailto:},
   * or blank.
   */
  static Optional<LinkTarget> parse(String destination) {
    String d = destination.strip();
    if (d.startsWith("#")) {
      // The common case, a link to a heading of the same file: no regex needed.
      return Optional.of(new LinkTarget("", Optional.of(percentDecode(d.substring(1)))));
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
        hash < 0 ? Optional.empty() : Optional.of(percentDecode(d.substring(hash + 1)));
    int query = beforeHash.indexOf('?');
    String path = query < 0 ? beforeHash : beforeHash.substring(0, query);
    if (path.isEmpty() && fragment.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new LinkTarget(percentDecode(path), fragment));
  }

  boolean isSameDocument() {
    return path.isEmpty();
  }

  /**
   * Decodes {@code %XX} escapes as UTF-8, keeping {@code +} (it means a plus in a path). Text that
   * does not decode to valid UTF-8 is kept as written.
   */
  static String percentDecode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] raw = text.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] == '%' && i + 2 < raw.length && isHex(raw[i + 1]) && isHex(raw[i + 2])) {
        bytes.write(Character.digit(raw[i + 1], 16) * 16 + Character.digit(raw[i + 2], 16));
        i += 2;
      } else {
        bytes.write(raw[i]);
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      return text;
    }
  }

  private static boolean isHex(byte b) {
    return Character.digit(b, 16) >= 0;
  }
}
