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
  private final List<String> strings;
  private final byte[] bytes;
  private final int end;
  private int number;
  private int numbersEnd;
  private int text;

  /** The section of {@code bytes} from {@code from} to {@code to}. */
  CompactInput(byte[] bytes, int from, int to) throws IOException {
    this(new ArrayList<>(), bytes, from, to);
  }

  private CompactInput(List<String> strings, byte[] bytes, int from, int to) throws IOException {
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
    return List.copyOf(strings);
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
      if (reference < 0 || reference > strings.size()) {
        throw new IOException("unknown string " + reference);
      }
      return strings.get(reference - 1);
    }
    int length = readInt();
    if (length < 0 || length > end - text) {
      throw new EOFException();
    }
    int stop = utf8End(length);
    String read =
        stop == text + length
            ? new String(bytes, text, length, StandardCharsets.ISO_8859_1)
            : stop >= 0 ? new String(bytes, text, stop - text, StandardCharsets.UTF_8) : "";
    if (read.length() != length) { // a surrogate, or bytes that are no UTF-8
      return remember(decoded(length));
    }
    text = stop;
    return remember(read);
  }

  private String remember(String read) {
    strings.add(read);
    return read;
  }

  /**
   * Where the {@code length} characters from {@code text} end when they are plain UTF-8, which the
   * JDK decodes without a char array; -1 when one is a surrogate (encoded alone, as modified UTF-8
   * does) or the bytes run out.
   */
  private int utf8End(int length) {
    int at = text;
    for (int i = 0; i < length; i++) {
      if (at >= end) {
        return -1;
      }
      int b = bytes[at] & 0xFF;
      if (b < 0x80) {
        at++;
      } else if ((b & 0xE0) == 0xC0) {
        at += 2;
      } else if (b == 0xED && at + 1 < end && (bytes[at + 1] & 0xFF) >= 0xA0) {
        return -1;
      } else {
        at += 3;
      }
    }
    return at <= end ? at : -1;
  }

  private String decoded(int length) throws IOException {
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      int b = nextText();
      if (b < 0x80) {
        chars[i] = (char) b;
      } else if ((b & 0xE0) == 0xC0) {
        chars[i] = (char) (((b & 0x1F) << 6) | (nextText() & 0x3F));
      } else {
        chars[i] = (char) (((b & 0x0F) << 12) | ((nextText() & 0x3F) << 6) | (nextText() & 0x3F));
      }
    }
    return new String(chars);
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

  private int nextText() throws IOException {
    if (text >= end) {
      throw new EOFException();
    }
    return bytes[text++] & 0xFF;
  }
}
