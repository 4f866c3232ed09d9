package io.github.qbanklint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonBytesTest {
  @Test
  void numbersAreWrittenAsLongToStringWritesThem() throws IOException {
    List<Long> values =
        new ArrayList<>(
            List.of(0L, 9L, 10L, 99L, 100L, 1939L, -1L, Long.MIN_VALUE, Long.MAX_VALUE));
    for (long power = 1; power > 0 && power < Long.MAX_VALUE / 10; power *= 10) {
      values.add(power - 1);
      values.add(power);
    }
    for (long value : values) {
      JsonBytes json = new JsonBytes(1);
      json.ascii("[").number(value).ascii("]");

      assertThat(text(json)).isEqualTo("[" + value + "]");
    }
  }

  @Test
  void quotedBytesWrittenRawAreTheStringAsWrittenInPlace() throws IOException {
    for (String value :
        List.of(
            "", "empty-answer", "a\"b\\c\n\u0007\u007f", "题库/\uD835\uDC9C.md", "\u202e\uD800x")) {
      JsonBytes inPlace = new JsonBytes(1).ascii("[").string(value).ascii("]");
      JsonBytes raw = new JsonBytes(1).ascii("[").raw(JsonBytes.quoted(value)).ascii("]");

      assertThat(text(raw)).isEqualTo(text(inPlace));
    }
  }

  @Test
  void storedTextIsWrittenAsItsStringIsEveryCharacterButASurrogate() throws IOException {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      String value = "a" + c + "目" + c;
      byte[] stored = stored(value);
      JsonBytes fromStored = new JsonBytes(1).ascii("[");
      boolean copied = fromStored.stored(stored, 0, stored.length);

      assertThat(copied).as("U+%04X", (int) c).isEqualTo(!Character.isSurrogate(c));
      if (copied) {
        JsonBytes fromString = new JsonBytes(1).ascii("[").string(value);
        assertThat(text(fromStored)).as("U+%04X", (int) c).isEqualTo(text(fromString));
      } else {
        assertThat(text(fromStored)).isEqualTo("[");
      }
    }
  }

  @Test
  void storedTextIsCopiedFromWhereItIs() throws IOException {
    byte[] stored = stored("xx 问题1：\"梯度\" yy");
    JsonBytes json = new JsonBytes(1);

    assertThat(json.stored(stored, 3, stored.length - 3)).isTrue();
    assertThat(text(json)).isEqualTo("\"问题1：\\\"梯度\\\"\"");
  }

  @Test
  void bytesWrittenAgainAreCopiedFromWhereTheyWere() throws IOException {
    JsonBytes json = new JsonBytes(1).ascii("[");
    int from = json.size();
    json.string("问题\n1");
    int to = json.size();
    json.ascii(",").again(from, to).ascii("]");

    assertThat(text(json)).isEqualTo("[\"问题\\n1\",\"问题\\n1\"]");
  }

  /** {@code value} as a cache entry stores text: each character in one to three bytes. */
  private static byte[] stored(String value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (char c : value.toCharArray()) {
      if (c < 0x80) {
        out.write(c);
      } else if (c < 0x800) {
        out.write(0xC0 | (c >> 6));
        out.write(0x80 | (c & 0x3F));
      } else {
        out.write(0xE0 | (c >> 12));
        out.write(0x80 | ((c >> 6) & 0x3F));
        out.write(0x80 | (c & 0x3F));
      }
    }
    return out.toByteArray();
  }

  private static String text(JsonBytes json) throws IOException {
    StringBuilder text = new StringBuilder();
    json.writeTo(
        (bytes, length) -> text.append(new String(bytes, 0, length, StandardCharsets.UTF_8)));
    return text.toString();
  }
}
