package io.github.qbanklint.rules.toc;

import io.github.qbanklint.core.bank.Toc;
import io.github.qbanklint.core.document.Document;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entries of a table of contents written as links whose target holds a space ({@code [What is
 * X](#What is X)}): CommonMark reads them as plain text, so the table seems not to list their
 * headings, while the maintainer sees the entry there.
 */
final class UnlinkedTocEntries {
  /** Possessive, so that a long line without the closing parenthesis is scanned once. */
  private static final Pattern LINK_WITH_SPACED_TARGET =
      Pattern.compile("\\[([^\\[\\]\\n]++)]\\((#[^()\\s]*+[^\\S\\n][^()\\n]*+)\\)");

  /** The line of each such entry, by its text's comparison key ({@link TocText#key}). */
  private final Map<String, Integer> lines = new HashMap<>();

  UnlinkedTocEntries(Document document, Toc toc) {
    String block = document.text().substring(toc.blockStart(), toc.blockEnd());
    Matcher m = LINK_WITH_SPACED_TARGET.matcher(block);
    while (m.find()) {
      lines.putIfAbsent(TocText.key(m.group(1)), document.line(toc.blockStart() + m.start()));
    }
  }

  /** The line of the entry that names {@code headingText}, if one was written so. */
  Optional<Integer> lineOf(String headingText) {
    return Optional.ofNullable(lines.get(TocText.key(headingText)));
  }
}
