package io.github.qbanklint.bench;

import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.rules.robustness.AllRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the parse, bank-model and rule-family benchmarks on the example bank and prints each in
 * milliseconds per bank and MB/s on one core. {@code --quick} shortens warm-up and measurement.
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws RunnerException {
    boolean quick = List.of(args).contains("--quick");
    List<String> families =
        new ArrayList<>(
            new TreeSet<>(AllRules.rules().stream().map(r -> r.meta().family()).toList()));
    families.add("none");
    Options options =
        new OptionsBuilder()
            .include(ParseBenchmark.class.getSimpleName())
            .include(BankModelBenchmark.class.getSimpleName())
            .include(RuleFamilyBenchmark.class.getSimpleName())
            .param("family", families.toArray(String[]::new))
            .forks(1)
            .warmupIterations(quick ? 2 : 5)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(quick ? 3 : 5)
            .measurementTime(TimeValue.seconds(1))
            .build();
    print(new Runner(options).run(), ExampleBankText.megabytes());
  }

  private static void print(Collection<RunResult> results, double megabytes) {
    System.out.printf(
        "%nexample bank: %.3f MB; rules: %s%n",
        megabytes, AllRules.rules().stream().map(Rule::id).toList());
    System.out.printf("%-34s %12s %10s%n", "benchmark", "ms/bank", "MB/s");
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark().replaceFirst(".*\\.bench\\.", "");
      String family = result.getParams().getParam("family");
      double ms = result.getPrimaryResult().getScore();
      System.out.printf(
          "%-34s %12.3f %10.1f%n",
          family == null ? name : name + " [" + family + "]", ms, megabytes / (ms / 1000));
    }
  }
}
