package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.Heading;
import java.util.List;

/**
 * A heading that groups questions (a company, a topic, a chapter).
 *
 * @param heading the section's heading
 * @param hasText whether it has content of its own, between its heading and the next heading: an
 *     introduction, links, a paragraph question (not blank lines, comments or placeholders)
 * @param questions the questions directly in this section, in document order
 */
public record Section(Heading heading, boolean hasText, List<Question> questions) {

  public String title() {
    return heading.text();
  }

  public int level() {
    return heading.level();
  }

  public int line() {
    return heading.line();
  }
}
