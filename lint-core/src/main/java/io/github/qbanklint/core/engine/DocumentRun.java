package io.github.qbanklint.core.engine;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Fix;
import io.github.qbanklint.core.api.Settings;
import io.github.qbanklint.core.bank.BankModel;
import io.github.qbanklint.core.document.Document;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** The context one rule sees while checking one document; collects its findings. */
final class DocumentRun extends RuleRun implements DocumentContext {
  private final Document document;
  private final Supplier<BankModel> bank;
  private final boolean fixesWanted;
  private final Set<String> ruleIds;

  DocumentRun(
      Document document,
      Supplier<BankModel> bank,
      ConfiguredRule rule,
      Settings settings,
      boolean fixesWanted,
      Set<String> ruleIds,
      List<Finding> sink) {
    super(rule, settings, sink);
    this.document = document;
    this.bank = bank;
    this.fixesWanted = fixesWanted;
    this.ruleIds = ruleIds;
  }

  @Override
  public Set<String> ruleIds() {
    return ruleIds;
  }

  @Override
  public boolean fixesWanted() {
    return fixesWanted;
  }

  @Override
  public Document document() {
    return document;
  }

  @Override
  public BankModel bank() {
    return bank.get();
  }

  @Override
  public void report(int start, int end, String message) {
    add(start, end, message, Optional.empty());
  }

  /** A check run keeps no fixes: thousands of findings would hold them until the report. */
  @Override
  public void report(int start, int end, String message, Fix fix) {
    add(start, end, message, fixesWanted ? Optional.of(fix) : Optional.empty());
  }

  private void add(int start, int end, String message, Optional<Fix> fix) {
    int length = document.text().length();
    if (start < 0 || end < start || end > length) {
      throw new IllegalStateException(
          "rule "
              + rule.id()
              + " reported the range ["
              + start
              + ", "
              + end
              + ") outside "
              + document.path()
              + " ("
              + length
              + " characters)");
    }
    sink.add(
        new Finding(
            rule.id(),
            rule.severity(),
            document.path(),
            document.line(start),
            document.column(start),
            document.line(end),
            document.column(end),
            message,
            fix));
  }
}
