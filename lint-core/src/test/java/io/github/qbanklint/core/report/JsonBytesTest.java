package io.github.qbanklint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

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

  private static String text(JsonBytes json) throws IOException {
    StringBuilder text = new StringBuilder();
    json.writeTo(
        (bytes, length) -> text.append(new String(bytes, 0, length, StandardCharsets.UTF_8)));
    return text.toString();
  }
}
