package io.github.qbanklint.core.bank;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The ways a bank writes a question, detected per file; {@code conventions.shapes} limits detection
 * to some of them. Documented with an example each in {@code docs/bank-conventions.md}.
 */
public enum QuestionShape {
  /** A heading that starts with a question marker: {@code ### 问题3：…}, {@code ### Q1. …}. */
  HEADING_MARKER,
  /** A numbered heading: {@code ### 3. …}, {@code ### 1.2.3 …}, {@code <h2>4.11训练…</h2>}. */
  HEADING_NUMBERED,
  /** A heading that ends in a question mark: {@code ### Why is X slow?}. */
  HEADING_QUESTION_MARK,
  /**
   * A heading worded as a question or task among questions: {@code ### Explain X}, {@code ### 讲讲
   * GCN}.
   */
  HEADING_INTERROGATIVE,
  /** An unnumbered leaf heading with a body, in a file with no other question shape. */
  HEADING_LEAF,
  /** A wholly bold paragraph ending in a question mark: {@code **What is a hash map?** (easy)}. */
  BOLD_PARAGRAPH,
  /** A paragraph starting with a bold number: {@code **1)** Reverse a list.}. */
  NUMBERED_BOLD,
  /**
   * A plain paragraph starting with a question marker that asks or is answered after a label:
   * {@code Q: What is a hash map?}, {@code 问题3：实现 LRU 缓存。} then {@code 答：…}.
   */
  MARKER_PARAGRAPH,
  /**
   * A list item asking a question, its answer on the lines below it or nested under it: {@code 1.
   * What is a generator?}, {@code - **Q:** …} then {@code **A:** …}.
   */
  LIST_ITEM_QUESTION,
  /** A {@code <details>} whose {@code <summary>} is the question and whose rest is the answer. */
  DETAILS_SUMMARY,
  /**
   * A row of a table whose header names a question column and an answer column: {@code | Question |
   * Answer |}, {@code | 问题 | 答案 |}.
   */
  TABLE_ROW,
  /**
   * A page's front matter asking its one question ({@code question: …}, or {@code title: "What is
   * X?"}), the page's body its answer, in a file with no other question.
   */
  FRONT_MATTER_TITLE;

  /** The name used in config and output: {@code heading-marker}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<QuestionShape> byId(String id) {
    return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst();
  }
}
