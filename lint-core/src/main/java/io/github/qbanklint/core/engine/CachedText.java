package io.github.qbanklint.core.engine;

/**
 * Text as a cache entry stores it: UTF-8, except that each surrogate is encoded on its own in three
 * bytes (as modified UTF-8 does), so that any string, lone surrogates included, reads back exactly.
 */
public final class CachedText {
  private CachedText() {}

  /** The string encoded in {@code bytes} from {@code from} to {@code to}. */
  public static String decode(byte[] bytes, int from, int to) {
    char[] chars = new char[to - from];
    int length = 0;
    int at = from;
    while (at < to) {
      int b = bytes[at++] & 0xFF;
      if (b < 0x80) {
        chars[length++] = (char) b;
      } else if ((b & 0xE0) == 0xC0) {
        chars[length++] = (char) (((b & 0x1F) << 6) | (continuation(bytes, at++, to)));
      } else {
        int second = continuation(bytes, at++, to);
        chars[length++] =
            (char) (((b & 0x0F) << 12) | (second << 6) | continuation(bytes, at++, to));
      }
    }
    return new String(chars, 0, length);
  }

  /** The low six bits of the byte at {@code at}; 0 past the end (a truncated character). */
  private static int continuation(byte[] bytes, int at, int to) {
    return at < to ? bytes[at] & 0x3F : 0;
  }
}
