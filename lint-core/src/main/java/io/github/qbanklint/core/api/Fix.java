package io.github.qbanklint.core.api;

import java.util.List;

/** A safe, mechanical change that resolves a finding: a description and non-overlapping edits. */
public record Fix(String description, List<TextEdit> edits) {
  public Fix {
    edits = List.copyOf(edits);
  }

  public static Fix replace(String description, int start, int end, String replacement) {
    return new Fix(description, List.of(new TextEdit(start, end, replacement)));
  }
}
