package io.github.qbanklint.cli;

import io.github.qbanklint.core.report.TerminalText;
import java.io.IOException;
import java.io.Writer;

/**
 * Shows controls as escapes in everything written through it, except the line breaks a {@link
 * java.io.PrintWriter} ends its lines with: those arrive as writes of their own. A message that
 * quotes a file name or a heading can then neither drive the terminal nor start a line of its own.
 */
final class InertWriter extends Writer {
  private final Writer out;

  InertWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    write(new String(chars, offset, length));
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    write(text.substring(offset, offset + length));
  }

  @Override
  public void write(String text) throws IOException {
    boolean lineBreak = text.equals("\n") || text.equals(System.lineSeparator());
    out.write(lineBreak ? text : TerminalText.escape(text));
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
