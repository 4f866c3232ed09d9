package io.github.qbanklint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text from the repository reaches the terminal inert. */
class TerminalTextTest {
  @Test
  void controlAndBidiCharactersAreEscapedAndOtherTextIsKept() {
    assertThat(TerminalText.escape("a\u001b]0;pwned\u0007b")).isEqualTo("a\\e]0;pwned\\u0007b");
    assertThat(TerminalText.escape("x\r\ny")).isEqualTo("x\\r\\ny");
    assertThat(TerminalText.escape("abc\u202Edef\u2066")).isEqualTo("abc\\u202edef\\u2066");
    assertThat(TerminalText.escape("\u007f\u0085")).isEqualTo("\\u007f\\u0085");
    assertThat(TerminalText.escape("line\u2028para\u2029")).isEqualTo("line\\u2028para\\u2029");
    String plain = "问题1：什么是 GC？\t😀";
    assertThat(TerminalText.escape(plain)).isSameAs(plain);
  }

  @Test
  void noCodePointAboveTheLastControlIsOne() {
    // JsonBytes writes text above LAST_CONTROL without asking isControl.
    assertThat(TerminalText.isControl(TerminalText.LAST_CONTROL)).isTrue();
    for (int cp = TerminalText.LAST_CONTROL + 1; cp <= Character.MAX_CODE_POINT; cp++) {
      assertThat(TerminalText.isControl(cp)).as("U+%04X", cp).isFalse();
    }
  }

  @Test
  void theCodeFrameShowsEscapesAndKeepsTheCaretUnderTheFinding() {
    String[] frame = CodeFrame.lines("\u001b[2J## T\u202Eitle", 6, 7);
    assertThat(frame[0]).isEqualTo("\\e[2J## T\\u202eitle").doesNotContain("\u001b");
    assertThat(frame[1]).isEqualTo(" ".repeat("\\e[2J#".length()) + "^");
  }
}
