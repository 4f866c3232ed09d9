package io.github.qbanklint.bench;

import io.github.qbanklint.core.bank.BankConventions;
import io.github.qbanklint.core.bank.BankModel;
import io.github.qbanklint.core.bank.BankModelBuilder;
import io.github.qbanklint.core.document.Document;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Building the bank model (headings with slugs, TOC, sections, questions and answers) of an already
 * parsed example bank. A fresh document per call, because documents memoise their model.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BankModelBenchmark {
  private final BankModelBuilder builder = new BankModelBuilder(BankConventions.defaults());
  private String text;
  private Document document;

  @Setup(Level.Trial)
  public void read() {
    text = ExampleBankText.read();
  }

  @Setup(Level.Invocation)
  public void parse() {
    document = Document.of("README.md", text);
  }

  @Benchmark
  public BankModel build() {
    return builder.modelOf(document);
  }
}
