package io.github.qbanklint.core.report;

import io.github.qbanklint.core.engine.CachedText;
import java.io.IOException;
import java.util.Arrays;

/**
 * JSON text built straight as UTF-8 bytes, strings escaped exactly as {@link JsonDocuments}'
 * generator escapes them: JSON's short escapes ({@code \"}, {@code \\}, {@code \b}, {@code \t},
 * {@code \n}, {@code \f}, {@code \r}), other C0 controls and DEL as upper-case Unicode escapes, and
 * every other control that {@link TerminalText} escapes as a Unicode escape too. A lone surrogate
 * becomes {@code ?}, as a UTF-8 writer writes it.
 */
final class JsonBytes {
  private static final byte[] HEX = {
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'
  };

  /**
   * For each byte of stored text, whether it is copied as it is: printable ASCII but {@code "} and
   * {@code \\}, continuation bytes (of a character whose first byte was), and the first bytes of
   * three-byte characters past {@link TerminalText#LAST_CONTROL}, the surrogates' ({@code 0xED})
   * aside: a line of CJK text is one copy.
   */
  private static final boolean[] VERBATIM = verbatim();

  private byte[] bytes;
  private int size;
  // Strings are copied out in one call: reading them char by char costs twice as much under the
  // launcher's C1-only compiler, where charAt is a bounds-checked call.
  private char[] chars = new char[256];

  JsonBytes(int capacity) {
    bytes = new byte[Math.max(16, capacity)];
  }

  /** Text known to be ASCII without anything to escape: names, punctuation, numbers. */
  JsonBytes ascii(String text) {
    int length = text.length();
    ensure(length);
    char[] cs = charsOf(text);
    for (int i = 0; i < length; i++) {
      bytes[size++] = (byte) cs[i];
    }
    return this;
  }

  /** Bytes made once and written many times: a member's name, a rule id, a path. */
  JsonBytes raw(byte[] piece) {
    ensure(piece.length);
    System.arraycopy(piece, 0, bytes, size, piece.length);
    size += piece.length;
    return this;
  }

  /** How many bytes were written. */
  int size() {
    return size;
  }

  /** The bytes written from {@code from} to {@code to} written again. */
  JsonBytes again(int from, int to) {
    ensure(to - from);
    System.arraycopy(bytes, from, bytes, size, to - from);
    size += to - from;
    return this;
  }

  /** {@code text} as a quoted JSON string, in bytes of its own. */
  static byte[] quoted(String text) {
    JsonBytes json = new JsonBytes(6 * text.length() + 2).string(text);
    return Arrays.copyOf(json.bytes, json.size);
  }

  /** A whole number, its digits written in place: a report has four per finding. */
  JsonBytes number(long value) {
    if (value < 0) {
      return ascii(Long.toString(value)); // never a position or a count
    }
    ensure(19);
    int digits = 1;
    for (long rest = value / 10; rest > 0; rest /= 10) {
      digits++;
    }
    for (int at = size + digits - 1; at >= size; at--) {
      bytes[at] = (byte) ('0' + value % 10);
      value /= 10;
    }
    size += digits;
    return this;
  }

  /** {@code text} as a quoted JSON string. */
  JsonBytes string(String text) {
    int length = text.length();
    ensure(6 * length + 2);
    char[] cs = charsOf(text);
    // The array and the position in locals: C1 reloads and stores fields at every access.
    byte[] out = bytes;
    int at = size;
    out[at++] = '"';
    for (int i = 0; i < length; i++) {
      char c = cs[i];
      if (c < 0x80) {
        if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7F) {
          out[at++] = (byte) c;
        } else {
          at = escape(out, at, c);
        }
      } else if (c > TerminalText.LAST_CONTROL
          && (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE)) {
        // Most non-ASCII text of a bank (CJK) is here: three bytes, with no test for controls.
        out[at++] = (byte) (0xE0 | (c >> 12));
        out[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        out[at++] = (byte) (0x80 | (c & 0x3F));
      } else if (TerminalText.isControl(c)) {
        at = escape(out, at, c);
      } else if (c < 0x800) {
        out[at++] = (byte) (0xC0 | (c >> 6));
        out[at++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(cs[i + 1])) {
        int cp = Character.toCodePoint(c, cs[++i]);
        out[at++] = (byte) (0xF0 | (cp >> 18));
        out[at++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        out[at++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        out[at++] = (byte) (0x80 | (cp & 0x3F));
      } else if (Character.isSurrogate(c)) {
        out[at++] = '?';
      } else {
        out[at++] = (byte) (0xE0 | (c >> 12));
        out[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        out[at++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    out[at++] = '"';
    size = at;
    return this;
  }

  /**
   * The text a cache entry stored in {@code source} from {@code from} to {@code to} (see {@link
   * CachedText}) as a quoted JSON string, the bytes {@link #string} writes for it decoded, copied
   * but for escapes; false, with nothing written, when it holds a surrogate (which {@link #string}
   * pairs or replaces) or bytes that are no such text.
   */
  boolean stored(byte[] source, int from, int to) {
    ensure(6 * (to - from) + 2);
    byte[] out = bytes;
    boolean[] verbatim = VERBATIM;
    int at = size;
    out[at++] = '"';
    int i = from;
    while (i < to) {
      int run = i;
      while (i < to && verbatim[source[i] & 0xFF]) {
        i++;
      }
      System.arraycopy(source, run, out, at, i - run);
      at += i - run;
      if (i == to) {
        break;
      }
      int lead = source[i] & 0xFF;
      if (lead < 0x80) {
        char c = (char) lead;
        if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7F) {
          out[at++] = (byte) c;
        } else {
          at = escape(out, at, c);
        }
        i++;
      } else if (lead >= 0xC2 && lead < 0xE0 && i + 1 < to && isContinuation(source[i + 1])) {
        char c = (char) (((lead & 0x1F) << 6) | (source[i + 1] & 0x3F));
        if (TerminalText.isControl(c)) {
          at = escape(out, at, c);
        } else {
          out[at++] = (byte) lead;
          out[at++] = source[i + 1];
        }
        i += 2;
      } else if ((lead & 0xF0) == 0xE0
          && i + 2 < to
          && isContinuation(source[i + 1])
          && isContinuation(source[i + 2])
          && (lead != 0xED || (source[i + 1] & 0xFF) < 0xA0)) {
        char c =
            (char) (((lead & 0x0F) << 12) | ((source[i + 1] & 0x3F) << 6) | (source[i + 2] & 0x3F));
        if (c < 0x800) {
          return false; // an overlong encoding, which the cache never writes
        }
        // Most non-ASCII text of a bank (CJK) is past the last control: copied with no test.
        if (c <= TerminalText.LAST_CONTROL && TerminalText.isControl(c)) {
          at = escape(out, at, c);
        } else {
          out[at++] = (byte) lead;
          out[at++] = source[i + 1];
          out[at++] = source[i + 2];
        }
        i += 3;
      } else {
        return false;
      }
    }
    out[at++] = '"';
    size = at;
    return true;
  }

  private static boolean[] verbatim() {
    boolean[] verbatim = new boolean[256];
    for (int b = 0x20; b < 0x7F; b++) {
      verbatim[b] = b != '"' && b != '\\';
    }
    for (int b = 0x80; b < 0xC0; b++) {
      verbatim[b] = true;
    }
    int lastControlsLead = 0xE0 | (TerminalText.LAST_CONTROL >> 12);
    for (int b = lastControlsLead + 1; b < 0xF0; b++) {
      verbatim[b] = b != 0xED;
    }
    return verbatim;
  }

  private static boolean isContinuation(byte b) {
    return (b & 0xC0) == 0x80;
  }

  private char[] charsOf(String text) {
    if (chars.length < text.length()) {
      chars = new char[Math.max(2 * chars.length, text.length())];
    }
    text.getChars(0, text.length(), chars, 0);
    return chars;
  }

  /** Where text goes, in order: the first {@code length} of each array of bytes. */
  interface Target {
    void write(byte[] bytes, int length) throws IOException;
  }

  /** Hands the text to {@code target} without copying it. */
  void writeTo(Target target) throws IOException {
    target.write(bytes, size);
  }

  /** Writes the escape of {@code c} at {@code at}; returns where it ends. */
  private static int escape(byte[] out, int at, char c) {
    out[at++] = '\\';
    switch (c) {
      case '"' -> out[at++] = '"';
      case '\\' -> out[at++] = '\\';
      case '\b' -> out[at++] = 'b';
      case '\t' -> out[at++] = 't';
      case '\n' -> out[at++] = 'n';
      case '\f' -> out[at++] = 'f';
      case '\r' -> out[at++] = 'r';
      default -> {
        out[at++] = 'u';
        out[at++] = HEX[c >> 12];
        out[at++] = HEX[(c >> 8) & 0xF];
        out[at++] = HEX[(c >> 4) & 0xF];
        out[at++] = HEX[c & 0xF];
      }
    }
    return at;
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + more));
    }
  }
}
