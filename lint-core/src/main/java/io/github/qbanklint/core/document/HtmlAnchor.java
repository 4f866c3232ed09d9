package io.github.qbanklint.core.document;

/** An {@code id} or {@code name} attribute in raw HTML, which a link fragment can target. */
public record HtmlAnchor(String value, String attribute, int start, int end) {}
