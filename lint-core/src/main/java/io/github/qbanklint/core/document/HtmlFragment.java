package io.github.qbanklint.core.document;

/** A piece of raw HTML (a block or an inline tag) as written, with its offsets in the text. */
public record HtmlFragment(String html, int start, int end) {}
