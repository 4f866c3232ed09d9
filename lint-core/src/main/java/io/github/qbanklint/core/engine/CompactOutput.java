package io.github.qbanklint.core.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A compact binary encoding for cache payloads, which compresses well: numbers as unsigned varints
 * in one column and the characters of strings in another, each string written once (later
 * occurrences are a back reference) and char by char as in modified UTF-8 (see {@link CachedText}),
 * so that any string, lone surrogates included, reads back exactly. Read by {@link CompactInput}.
 */
final class CompactOutput {
  private final Map<String, Integer> seen;
  private final ByteColumn numbers = new ByteColumn(1024);
  private final ByteColumn texts = new ByteColumn(1024);

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

  /**
   * 0, the length of the text in bytes and the text the first time, then the text's number plus
   * one. The length in bytes, not characters: a reader copies the bytes without reading them.
   */
  void writeString(String text) {
    Integer known = seen.get(text);
    if (known != null) {
      writeInt(known + 1);
      return;
    }
    seen.put(text, seen.size());
    writeInt(0);
    int start = texts.size();
    texts.writeChars(text);
    writeInt(texts.size() - start);
  }

  /** The length of the numbers, the numbers, the characters. */
  byte[] toByteArray() {
    ByteColumn length = new ByteColumn(5);
    length.writeVarint(numbers.size());
    int start = length.size();
    byte[] bytes = Arrays.copyOf(length.bytes(), start + numbers.size() + texts.size());
    System.arraycopy(numbers.bytes(), 0, bytes, start, numbers.size());
    System.arraycopy(texts.bytes(), 0, bytes, start + numbers.size(), texts.size());
    return bytes;
  }
}
