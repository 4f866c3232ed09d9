package io.github.qbanklint.bench;

import io.github.qbanklint.core.document.Document;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Building a {@link Document} from the example bank's text: line index and commonmark tree. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParseBenchmark {
  private String text;

  @Setup
  public void read() {
    text = ExampleBankText.read();
  }

  @Benchmark
  public Document parse() {
    return Document.of("README.md", text);
  }
}
