package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.Heading;
import java.util.List;

/**
 * A heading that groups questions (a company, a topic, a chapter).
 *
 * @param heading the section's heading
 * @param hasContent whether anything but blank lines and comments stands under it, sub-sections and
 *     questions included
 * @param questions the questions directly in this section, in document order
 */
public record Section(Heading heading, boolean hasContent, List<Question> questions) {

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
