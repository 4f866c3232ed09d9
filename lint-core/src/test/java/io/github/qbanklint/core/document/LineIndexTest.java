package io.github.qbanklint.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LineIndexTest {

  @Test
  void linesEndAtLfCrlfAndLoneCr() {
    LineIndex index = new LineIndex("a\nb\r\nc\rd");
    assertThat(index.lineCount()).isEqualTo(4);
    assertThat(index.line(0)).isEqualTo(1);
    assertThat(index.line(2)).isEqualTo(2);
    assertThat(index.line(5)).isEqualTo(3);
    assertThat(index.line(7)).isEqualTo(4);
    assertThat(index.lineText(2)).isEqualTo("b");
    assertThat(index.lineText(3)).isEqualTo("c");
  }

  @Test
  void crlfDoesNotShiftColumns() {
    String lf = "# t\nab x\n";
    String crlf = "# t\r\nab x\r\n";
    LineIndex a = new LineIndex(lf);
    LineIndex b = new LineIndex(crlf);
    assertThat(a.column(lf.indexOf('x'))).isEqualTo(b.column(crlf.indexOf('x'))).isEqualTo(4);
    assertThat(a.line(lf.indexOf('x'))).isEqualTo(b.line(crlf.indexOf('x'))).isEqualTo(2);
  }

  @Test
  void columnsCountCodePointsAndTabsAsOne() {
    String text = "\t😀問x";
    LineIndex index = new LineIndex(text);
    assertThat(index.column(text.indexOf('x'))).isEqualTo(4);
    assertThat(index.offset(1, 4)).isEqualTo(text.indexOf('x'));
  }

  @Test
  void endOfTextIsOnTheLastLine() {
    LineIndex index = new LineIndex("a\n");
    assertThat(index.line(2)).isEqualTo(2);
    assertThat(index.column(2)).isEqualTo(1);
    assertThatThrownBy(() -> index.line(3)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void lfOnlyTextCountsAstralCharactersOnLaterLinesAsOneColumn() {
    String text = "ab\n😀😀x\n\n😀y";
    LineIndex index = new LineIndex(text);
    assertThat(index.lineCount()).isEqualTo(4);
    assertThat(index.column(text.indexOf('x'))).isEqualTo(3);
    assertThat(index.column(text.indexOf('y'))).isEqualTo(2);
    assertThat(index.lineText(2)).isEqualTo("😀😀x");
    assertThat(index.offset(4, 2)).isEqualTo(text.indexOf('y'));
  }

  @Test
  void lineEndingsAreDetectedWithAndWithoutCarriageReturns() {
    assertThat(LineEnding.detect("a\nb\n")).isEqualTo(LineEnding.LF);
    assertThat(LineEnding.detect("ab")).isEqualTo(LineEnding.NONE);
    assertThat(LineEnding.detect("a\r\nb\r\n")).isEqualTo(LineEnding.CRLF);
    assertThat(LineEnding.detect("a\rb")).isEqualTo(LineEnding.CR);
    assertThat(LineEnding.detect("a\r\nb\n")).isEqualTo(LineEnding.MIXED);
  }

  @Test
  void aColumnIsTheCodePointCountFromItsLineStartOnShortAndLongLines() {
    Random random = new Random(20261205);
    String units = "ab\t目\ud83d\ude00\ud83d\ude00\ud83d\ude00\r\n";
    for (int round = 0; round < 20; round++) {
      StringBuilder text = new StringBuilder();
      int length = round < 10 ? 200 : 6000;
      for (int i = 0; i < length; i++) {
        char c = units.charAt(random.nextInt(units.length()));
        if (round >= 10 && (c == '\n' || c == '\r') && random.nextInt(500) > 0) {
          c = 'x'; // long lines: a line break now and then
        }
        text.append(c);
      }
      LineIndex index = new LineIndex(text.toString());
      for (int offset = 0; offset <= text.length(); offset++) {
        int start = index.lineStart(index.line(offset));
        assertThat(index.column(offset))
            .as("round %d, offset %d", round, offset)
            .isEqualTo(text.codePointCount(start, offset) + 1);
      }
    }
  }
}
