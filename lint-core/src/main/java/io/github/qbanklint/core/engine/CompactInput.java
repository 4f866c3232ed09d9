package io.github.qbanklint.core.engine;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what {@link CompactOutput} wrote, one section at a time; a malformed input is an {@link
 * IOException}.
 */
final class CompactInput {
  private static final char REPLACEMENT = '\uFFFD';

  /** Each string read so far: a {@link String}, or a {@link Stored} not yet decoded. */
  private final List<Object> strings;

  private final byte[] bytes;
  private final int end;
  private int number;
  private int numbersEnd;
  private int text;

  /** The section of {@code bytes} from {@code from} to {@code to}. */
  CompactInput(byte[] bytes, int from, int to) throws IOException {
    this(new ArrayList<>(), bytes, from, to);
  }

  private CompactInput(List<Object> strings, byte[] bytes, int from, int to) throws IOException {
    this.strings = strings;
    this.bytes = bytes;
    this.end = to;
    number = from;
    numbersEnd = to;
    int length = readInt();
    if (length < 0 || length > to - number) {
      throw new EOFException();
    }
    numbersEnd = number + length;
    text = numbersEnd;
  }

  /**
   * The strings this section has read, once it is read to its end: a later section, which {@link
   * CompactOutput#next} lets refer to them, is read with {@link #following}, now or later.
   */
  List<String> stringsAtEnd() throws IOException {
    if (!atEnd()) {
      throw new IOException("data after the section");
    }
    List<String> read = new ArrayList<>(strings.size());
    for (int reference = 1; reference <= strings.size(); reference++) {
      read.add(stringAt(reference));
    }
    return read;
  }

  /** A later section of {@code bytes}, which may refer to the strings an earlier one read. */
  static CompactInput following(List<String> earlier, byte[] bytes, int from, int to)
      throws IOException {
    if (from < 0 || to < from || to > bytes.length) {
      throw new EOFException();
    }
    return new CompactInput(new ArrayList<>(earlier), bytes, from, to);
  }

  int readInt() throws IOException {
    int value = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      if (number >= numbersEnd) {
        throw new EOFException();
      }
      int b = bytes[number++];
      value |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    throw new IOException("malformed number");
  }

  /** What {@link CompactOutput#writeDelta} wrote after {@code previous}. */
  int readDelta(int previous) throws IOException {
    int zigzag = readInt();
    return previous + ((zigzag >>> 1) ^ -(zigzag & 1));
  }

  /** A count of items each taking at least one byte: never more than the bytes left. */
  int readCount() throws IOException {
    int count = readInt();
    if (count < 0 || count > numbersEnd - number) {
      throw new EOFException();
    }
    return count;
  }

  boolean readBoolean() throws IOException {
    return readInt() != 0;
  }

  String readString() throws IOException {
    int reference = readInt();
    if (reference != 0) {
      return stringAt(reference);
    }
    int length = readLength();
    String read = new String(bytes, text, length, StandardCharsets.UTF_8);
    // A surrogate is stored on its own, which the JDK's decoder replaces: then, or when the text
    // holds the replacement character itself, it is read character by character.
    if (read.indexOf(REPLACEMENT) >= 0) {
      read = CachedText.decode(bytes, text, text + length);
    }
    text += length;
    strings.add(read);
    return read;
  }

  /**
   * What {@link #readString} would read, written to {@code out} as it is stored (see {@link
   * CachedText}) without making a string of it; a string read before is written from its
   * characters.
   */
  void readStringTo(ByteColumn out) throws IOException {
    int reference = readInt();
    if (reference != 0) {
      out.writeChars(stringAt(reference));
      return;
    }
    int length = readLength();
    out.write(bytes, text, text + length);
    strings.add(new Stored(text, text + length));
    text += length;
  }

  /** A string stored from {@code from} to {@code to} of the bytes, decoded when referred to. */
  private record Stored(int from, int to) {}

  private String stringAt(int reference) throws IOException {
    if (reference < 0 || reference > strings.size()) {
      throw new IOException("unknown string " + reference);
    }
    Object string = strings.get(reference - 1);
    if (string instanceof Stored stored) {
      String decoded = CachedText.decode(bytes, stored.from(), stored.to());
      strings.set(reference - 1, decoded);
      return decoded;
    }
    return (String) string;
  }

  private int readLength() throws IOException {
    int length = readInt();
    if (length < 0 || length > end - text) {
      throw new EOFException();
    }
    return length;
  }

  <E extends Enum<E>> E readEnum(Class<E> type) throws IOException {
    try {
      return Enum.valueOf(type, readString());
    } catch (IllegalArgumentException e) {
      throw new IOException("unknown " + type.getSimpleName(), e);
    }
  }

  /** Whether every byte of the section was read. */
  boolean atEnd() {
    return number == numbersEnd && text == end;
  }
}
