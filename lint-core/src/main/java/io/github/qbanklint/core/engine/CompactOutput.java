package io.github.qbanklint.core.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A compact binary encoding for cache payloads, which compresses well: numbers as unsigned varints
 * in one column and the characters of strings in another, each string written once (later
 * occurrences are a back reference) and char by char as in modified UTF-8, so that any string, lone
 * surrogates included, reads back exactly. Read by {@link CompactInput}.
 */
final class CompactOutput {
  private final Map<String, Integer> seen;
  private final Column numbers = new Column();
  private final Column texts = new Column();

  CompactOutput() {
    this(new HashMap<>());
  }

  private CompactOutput(Map<String, Integer> seen) {
    this.seen = seen;
  }

  /**
   * A section to follow this one, which may refer to the strings this one wrote: a reader can then
   * stop after this section without reading the next (see {@link CompactInput#next}).
   */
  CompactOutput next() {
    return new CompactOutput(seen);
  }

  /** An int, as unsigned: a negative one takes five bytes. */
  void writeInt(int value) {
    numbers.writeVarint(value);
  }

  /** An int near {@code previous} (the line after the last one), zigzag-encoded. */
  void writeDelta(int value, int previous) {
    int delta = value - previous;
    numbers.writeVarint((delta << 1) ^ (delta >> 31));
  }

  void writeBoolean(boolean value) {
    writeInt(value ? 1 : 0);
  }

  /** 0 and the text the first time, then the text's number plus one. */
  void writeString(String text) {
    Integer known = seen.get(text);
    if (known != null) {
      writeInt(known + 1);
      return;
    }
    seen.put(text, seen.size());
    writeInt(0);
    writeInt(text.length());
    texts.writeChars(text);
  }

  /** The length of the numbers, the numbers, the characters. */
  byte[] toByteArray() {
    Column all = new Column();
    all.writeVarint(numbers.size);
    byte[] bytes = Arrays.copyOf(all.bytes, all.size + numbers.size + texts.size);
    System.arraycopy(numbers.bytes, 0, bytes, all.size, numbers.size);
    System.arraycopy(texts.bytes, 0, bytes, all.size + numbers.size, texts.size);
    return bytes;
  }

  /** A growing array of bytes. */
  private static final class Column {
    private byte[] bytes = new byte[1024];
    private int size;
    private char[] chars = new char[256];

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

    private void ensure(int more) {
      if (size + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + more));
      }
    }
  }
}
