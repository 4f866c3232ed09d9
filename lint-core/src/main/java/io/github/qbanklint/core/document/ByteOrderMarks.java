package io.github.qbanklint.core.document;

import java.util.List;
import java.util.Optional;

/** The byte-order marks a file may start with: UTF-8's, kept as text, and the others, refused. */
final class ByteOrderMarks {
  private static final Mark UTF8 = new Mark("UTF-8", 0xef, 0xbb, 0xbf);

  /** Longest first: UTF-32LE's mark starts with UTF-16LE's. */
  private static final List<Mark> FOREIGN =
      List.of(
          new Mark("UTF-32LE", 0xff, 0xfe, 0x00, 0x00),
          new Mark("UTF-32BE", 0x00, 0x00, 0xfe, 0xff),
          new Mark("UTF-16LE", 0xff, 0xfe),
          new Mark("UTF-16BE", 0xfe, 0xff));

  private record Mark(String encoding, int... bytes) {
    boolean starts(byte[] text) {
      if (text.length < bytes.length) {
        return false;
      }
      for (int i = 0; i < bytes.length; i++) {
        if ((text[i] & 0xff) != bytes[i]) {
          return false;
        }
      }
      return true;
    }
  }

  private ByteOrderMarks() {}

  /** How many bytes of a UTF-8 byte-order mark start {@code bytes}: 3 or 0. */
  static int utf8Length(byte[] bytes) {
    return UTF8.starts(bytes) ? UTF8.bytes().length : 0;
  }

  /** The encoding whose byte-order mark starts {@code bytes}, when it is not UTF-8. */
  static Optional<String> foreignEncoding(byte[] bytes) {
    return FOREIGN.stream().filter(m -> m.starts(bytes)).map(Mark::encoding).findFirst();
  }
}
