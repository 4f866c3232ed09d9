package io.github.qbanklint.core.anchors;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a link's {@code #fragment} leads in a document, as GitHub resolves it: to an anchor of the
 * document (a heading's GitHub slug or HTML id, an {@code id} or {@code name} attribute) written
 * exactly, or to one behind the {@code user-content-} prefix GitHub gives ids. The one resolver of
 * broken-anchor and the table-of-contents rules, so that they agree on which links work.
 */
public final class Fragments {
  private static final String USER_CONTENT = "user-content-";
  private static final Pattern LINE_FRAGMENT = Pattern.compile("L\\d+(C\\d+)?(-L\\d+(C\\d+)?)?");

  private Fragments() {}

  /**
   * The anchor a decoded fragment names among {@code anchors}: the fragment itself, else the
   * fragment without its {@code user-content-} prefix; empty when it names none.
   */
  public static Optional<String> resolve(String fragment, Set<String> anchors) {
    if (anchors.contains(fragment)) {
      return Optional.of(fragment);
    }
    if (fragment.startsWith(USER_CONTENT)) {
      String id = fragment.substring(USER_CONTENT.length());
      return anchors.contains(id) ? Optional.of(id) : Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * Whether a decoded fragment leads somewhere: it names an anchor, or it is one a browser or
   * GitHub always honours (empty, {@code top}, a line fragment such as {@code L10-L20}).
   */
  public static boolean resolves(String fragment, Set<String> anchors) {
    String id =
        fragment.startsWith(USER_CONTENT) ? fragment.substring(USER_CONTENT.length()) : fragment;
    return id.isEmpty()
        || id.equalsIgnoreCase("top")
        || LINE_FRAGMENT.matcher(id).matches()
        || resolve(fragment, anchors).isPresent();
  }

  /**
   * Decodes {@code %XX} escapes as UTF-8, as a browser does for a link's path and fragment, keeping
   * {@code +} (it means a plus there). Text that does not decode to valid UTF-8 is kept as written.
   */
  public static String decode(String text) {
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
