package io.github.qbanklint.core.api;

/**
 * Replaces the characters {@code [start, end)} of a document's text with {@code replacement}.
 * Offsets are UTF-16 indexes into {@code Document.text()} (after the BOM was removed).
 */
public record TextEdit(int start, int end, String replacement) {
  public TextEdit {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad edit range [" + start + ", " + end + ")");
    }
  }
}
