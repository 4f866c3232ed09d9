package io.github.qbanklint.core.engine;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads what {@link CompactOutput} wrote; a malformed input is an {@link IOException}. */
final class CompactInput {
  private final List<String> strings = new ArrayList<>();
  private final byte[] bytes;
  private int number;
  private int numbersEnd;
  private int text;

  CompactInput(byte[] bytes) throws IOException {
    this.bytes = bytes;
    numbersEnd = bytes.length;
    int length = readInt();
    if (length < 0 || length > bytes.length - number) {
      throw new EOFException();
    }
    numbersEnd = number + length;
    text = numbersEnd;
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
    if (length < 0 || length > bytes.length - text) {
      throw new EOFException();
    }
    String read = isAscii(text, length) ? ascii(length) : decoded(length);
    strings.add(read);
    return read;
  }

  /** Most text is ASCII, one byte a character, which becomes a string without a char array. */
  private boolean isAscii(int from, int length) {
    for (int i = from; i < from + length; i++) {
      if (bytes[i] < 0) {
        return false;
      }
    }
    return true;
  }

  private String ascii(int length) {
    String read = new String(bytes, text, length, StandardCharsets.ISO_8859_1);
    text += length;
    return read;
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

  /** Whether every byte was read. */
  boolean atEnd() {
    return number == numbersEnd && text == bytes.length;
  }

  private int nextText() throws IOException {
    if (text >= bytes.length) {
      throw new EOFException();
    }
    return bytes[text++] & 0xFF;
  }
}
