package io.github.qbanklint.core.bank;

import java.util.Locale;

/** What kind of element a bank item is. */
public enum ItemKind {
  HEADING,
  PARAGRAPH,
  LIST_ITEM,
  /** A {@code <details>} element whose {@code <summary>} is the question. */
  DETAILS,
  /**
   * A box whose title is the question: a container ({@code ::: details What is X?}) or a MkDocs
   * admonition ({@code ??? question "What is X?"}).
   */
  BOX,
  /** A row of a table with a question column and an answer column. */
  TABLE_ROW,
  /** A page's front matter that asks the page's one question. */
  FRONT_MATTER;

  /** The name used in output: {@code list-item}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
