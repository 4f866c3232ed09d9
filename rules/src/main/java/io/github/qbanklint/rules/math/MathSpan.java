package io.github.qbanklint.rules.math;

/**
 * One formula found in a document: what delimited it, whether it renders in display mode, its TeX
 * source and, for each character of that source, its offset in the Markdown text.
 *
 * @param offsets the document offset of each character of {@code tex}, plus one entry for the
 *     position just past the last character
 * @param start document offset of the opening delimiter
 * @param end document offset just past the closing delimiter
 */
record MathSpan(Kind kind, boolean display, String tex, int[] offsets, int start, int end) {

  /** How the formula was written. */
  enum Kind {
    /** {@code $…$}. */
    DOLLAR,
    /** {@code $$…$$}, in a sentence or as a block. */
    DOUBLE_DOLLAR,
    /** {@code $`…`$}. */
    BACKTICK,
    /** A fenced code block with the info string {@code math}. */
    FENCE
  }

  /** The document offset of a position in {@code tex} (0 to its length). */
  int offset(int texIndex) {
    return offsets[texIndex];
  }
}
