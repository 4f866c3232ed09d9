package io.github.qbanklint.core.bank;

import java.util.Locale;

/** What a heading is in a bank: every heading gets exactly one role. */
public enum HeadingRole {
  /** A heading that groups questions: a company, a topic, a chapter. */
  SECTION,
  /** A question heading. */
  QUESTION,
  /** A heading inside an answer ({@code #### 总结} under a question). */
  ANSWER_HEADING,
  /** The table of contents' heading. */
  TOC,
  /** The document's title or banner. */
  TITLE;

  /** The name used in output: {@code answer-heading}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
