package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.Document;

/** The bank model of small Markdown texts, under the default conventions, for tests. */
final class TestBanks {
  private static final BankModelBuilder DEFAULTS = new BankModelBuilder(BankConventions.defaults());

  private TestBanks() {}

  static BankModel model(String text) {
    return DEFAULTS.modelOf(Document.of("bank.md", text));
  }
}
