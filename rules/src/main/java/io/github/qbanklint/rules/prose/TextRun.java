package io.github.qbanklint.rules.prose;

import java.util.List;

/**
 * One paragraph of answer text as LanguageTool should read it: parts that together are exactly the
 * paragraph's source from {@code start}, each either text to check or markup to skip. Markup is
 * read as its {@code interpretAs} (a space for a line break, a placeholder word for code, math and
 * URLs), so sentences stay grammatical and LanguageTool's offsets stay source offsets.
 */
record TextRun(ProseLanguage language, int start, List<Part> parts) {

  record Part(String source, boolean markup, String interpretAs) {}

  TextRun {
    parts = List.copyOf(parts);
  }
}
