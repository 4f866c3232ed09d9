package io.github.qbanklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class InertWriterTest {
  @Test
  void printlnKeepsItsLineBreaksAndEveryControlInTheTextIsEscaped() {
    StringWriter out = new StringWriter();
    PrintWriter err = new PrintWriter(new InertWriter(out), true);

    err.println("qbank-lint: no such file: a\u001b[2J\r\nb\u202e.md");
    err.printf("%d files%n", 2);
    err.print('\u0007');

    String nl = System.lineSeparator();
    assertThat(out.toString())
        .isEqualTo(
            "qbank-lint: no such file: a\\e[2J\\r\\nb\\u202e.md" + nl + "2 files" + nl + "\\u0007");
  }
}
