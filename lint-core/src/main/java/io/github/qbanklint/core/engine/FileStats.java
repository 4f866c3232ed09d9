package io.github.qbanklint.core.engine;

import io.github.qbanklint.core.bank.BankOutline;

/**
 * Per-file counts for the summary line, and the bank's outline for reports.
 *
 * @param outline sections and questions in document order, for the answers report
 */
public record FileStats(String path, int questions, int answered, BankOutline outline) {

  public FileStats(String path, int questions, int answered) {
    this(path, questions, answered, BankOutline.empty());
  }
}
