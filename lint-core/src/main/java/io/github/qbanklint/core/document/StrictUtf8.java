package io.github.qbanklint.core.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * UTF-8 decoding that refuses malformed input. The JDK's lenient decoding is the fast path: it
 * replaces every malformed sequence with U+FFFD, so only a text holding one (rare, as it may also
 * be written in the file) needs the strict scan that tells the two apart.
 */
public final class StrictUtf8 {
  private StrictUtf8() {}

  /** The text of {@code bytes} from {@code start}, or empty when they are not valid UTF-8. */
  public static Optional<String> decode(byte[] bytes, int start) {
    String text = lenient(bytes, start);
    return firstInvalid(bytes, start, text) < 0 ? Optional.of(text) : Optional.empty();
  }

  /** The offset of the first byte from {@code start} that is not valid UTF-8, or -1. */
  public static int firstInvalid(byte[] bytes, int start) {
    return firstInvalid(bytes, start, lenient(bytes, start));
  }

  /** The text with malformed sequences replaced: the input of {@link #firstInvalid}. */
  static String lenient(byte[] bytes, int start) {
    return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
  }

  /**
   * The offset of the first byte from {@code start} that is not valid UTF-8, or -1.
   *
   * @param lenient {@link #lenient} of the same bytes
   */
  static int firstInvalid(byte[] bytes, int start, String lenient) {
    return lenient.indexOf('\uFFFD') < 0 ? -1 : scan(bytes, start);
  }

  /** Validates through a small buffer rather than decoding into one twice the file's size. */
  private static int scan(byte[] bytes, int start) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer chunk = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, chunk.clear(), true);
      if (result.isError()) {
        return in.position();
      }
      if (result.isUnderflow()) {
        return -1;
      }
    }
  }
}
