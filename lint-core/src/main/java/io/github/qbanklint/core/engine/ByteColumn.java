package io.github.qbanklint.core.engine;

import java.util.Arrays;

/**
 * A growing array of bytes: varints, and characters one by one as in modified UTF-8 (a surrogate on
 * its own in three bytes), the encoding {@link CompactOutput} writes and {@link CachedText} reads.
 */
final class ByteColumn {
  private byte[] bytes;
  private int size;
  private char[] chars = new char[256];

  ByteColumn(int capacity) {
    bytes = new byte[capacity];
  }

  byte[] bytes() {
    return bytes;
  }

  int size() {
    return size;
  }

  void writeVarint(int value) {
    ensure(5);
    while ((value & ~0x7F) != 0) {
      bytes[size++] = (byte) ((value & 0x7F) | 0x80);
      value >>>= 7;
    }
    bytes[size++] = (byte) value;
  }

  void writeChars(String text) {
    int length = text.length();
    ensure(3 * length);
    if (chars.length < length) {
      chars = new char[Math.max(2 * chars.length, length)];
    }
    // Copied out in one call and written through locals: under C1, charAt is a bounds-checked
    // call and every field access a load or a store.
    char[] cs = chars;
    text.getChars(0, length, cs, 0);
    byte[] out = bytes;
    int at = size;
    for (int i = 0; i < length; i++) {
      char c = cs[i];
      if (c < 0x80) {
        out[at++] = (byte) c;
      } else if (c < 0x800) {
        out[at++] = (byte) (0xC0 | (c >> 6));
        out[at++] = (byte) (0x80 | (c & 0x3F));
      } else {
        out[at++] = (byte) (0xE0 | (c >> 12));
        out[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        out[at++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    size = at;
  }

  /** Drops what was written after the first {@code length} bytes. */
  void truncate(int length) {
    size = length;
  }

  /** Bytes {@code from} to {@code to} of {@code source}, which may be this column's own. */
  void write(byte[] source, int from, int to) {
    int length = to - from;
    ensure(length);
    System.arraycopy(source, from, bytes, size, length);
    size += length;
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + more));
    }
  }
}
