package io.github.qbanklint.rules.math;

import io.github.qbanklint.core.document.Document;
import java.nio.CharBuffer;
import java.util.Arrays;
import java.util.List;
import org.commonmark.node.SourceSpan;

/**
 * The source text of one block's inline content as the Markdown file holds it, lines joined by
 * {@code \n}, container prefixes ({@code >}, list indentation) left out, each character mapped to
 * its document offset. Regions that can never hold a math delimiter (code spans, raw HTML, link
 * destinations) are masked.
 */
final class SourceView {
  private final char[] chars;
  private final int[] offsets;
  private final boolean[] masked;

  private SourceView(char[] chars, int[] offsets) {
    this.chars = chars;
    this.offsets = offsets;
    this.masked = new boolean[chars.length];
  }

  /** The view of {@code spans} clipped to {@code [from, to)} document offsets. */
  static SourceView of(Document document, List<SourceSpan> spans, int from, int to) {
    String text = document.text();
    int capacity = 0;
    for (SourceSpan span : spans) {
      capacity += span.getLength() + 1;
    }
    char[] chars = new char[capacity];
    int[] offsets = new int[capacity + 1];
    int n = 0;
    for (SourceSpan span : spans) {
      int start = Math.max(span.getInputIndex(), from);
      int end = Math.min(span.getInputIndex() + span.getLength(), to);
      if (start >= end) {
        continue;
      }
      if (n > 0) {
        chars[n] = '\n';
        offsets[n] = offsets[n - 1] + 1;
        n++;
      }
      for (int i = start; i < end; i++) {
        chars[n] = text.charAt(i);
        offsets[n++] = i;
      }
    }
    offsets[n] = n == 0 ? from : offsets[n - 1] + 1;
    return new SourceView(Arrays.copyOf(chars, n), Arrays.copyOf(offsets, n + 1));
  }

  int length() {
    return chars.length;
  }

  char charAt(int i) {
    return chars[i];
  }

  boolean masked(int i) {
    return masked[i];
  }

  /** Masks the view positions whose document offsets fall in {@code [start, end)}. */
  void mask(int start, int end) {
    int from = indexOf(start);
    for (int i = from; i < chars.length && offsets[i] < end; i++) {
      masked[i] = true;
    }
  }

  /** The first view position at or after a document offset. */
  int indexOf(int documentOffset) {
    int found = Arrays.binarySearch(offsets, 0, chars.length, documentOffset);
    return found >= 0 ? found : -found - 1;
  }

  /** The document offset of a view position (up to {@link #length()}). */
  int offset(int i) {
    return offsets[i];
  }

  /** Positions {@code [from, to)} as a formula: its text and offsets. */
  String text(int from, int to) {
    return new String(chars, from, to - from);
  }

  int[] offsets(int from, int to) {
    return Arrays.copyOfRange(offsets, from, to + 1);
  }

  CharSequence chars() {
    return CharBuffer.wrap(chars);
  }
}
