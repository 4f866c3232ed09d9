package io.github.qbanklint.bench;

import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.bank.BankConventions;
import io.github.qbanklint.core.bank.BankModelBuilder;
import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.engine.LintEngine;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.rules.robustness.AllRules;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The rules of one family over a parsed example bank whose shared queries (headings, links,
 * anchors, bank model) are already computed, so the score is the family's own work plus the
 * engine's per-document bookkeeping (suppressions, summary). {@link BenchMain} sets the families to
 * those registered; family {@code none} runs no rule and measures that bookkeeping alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RuleFamilyBenchmark {
  @Param({"answers"})
  public String family;

  private final Path root = Path.of("").toAbsolutePath();
  private final BankModelBuilder bankBuilder = new BankModelBuilder(BankConventions.defaults());
  private String text;
  private LintEngine engine;
  private Config config;
  private Document document;

  @Setup(Level.Trial)
  public void configure() {
    text = ExampleBankText.read();
    List<Rule> rules =
        AllRules.rules().stream().filter(r -> r.meta().family().equals(family)).toList();
    engine = AllRules.engine(rules);
    config = AllRules.config(rules);
  }

  @Setup(Level.Invocation)
  public void parse() {
    document = Document.of("README.md", text);
    document.headings();
    document.links();
    document.htmlAnchors();
    bankBuilder.modelOf(document);
  }

  @Benchmark
  public LintResult check() {
    return engine.lintDocuments(root, List.of(document), config);
  }
}
