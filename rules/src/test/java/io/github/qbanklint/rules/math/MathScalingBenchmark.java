package io.github.qbanklint.rules.math;

import io.github.qbanklint.core.api.MathSettings;
import io.github.qbanklint.core.document.Document;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Shows that the math analysis runs in linear time on pathological formulas: each input at four
 * sizes, doubling; the time per character should stay flat. Not a test (timing varies by machine);
 * run it with {@code java -cp … io.github.qbanklint.rules.math.MathScalingBenchmark}.
 */
public final class MathScalingBenchmark {

  private record Input(String name, int fullSize, IntFunction<String> text) {}

  private static final List<Input> INPUTS =
      List.of(
          new Input("{ x100,000 in ```math", 100_000, n -> "```math\n" + "{".repeat(n) + "\n```\n"),
          new Input("{ x100,000 in $$…$$", 100_000, n -> "$$" + "{".repeat(n) + "$$\n"),
          new Input(
              "\\\\ for 1 MB in ```math",
              1 << 20,
              n -> "```math\n" + "\\\\".repeat(n / 2) + "\n```\n"),
          new Input("$ x1,000,000 on one line", 1_000_000, n -> "$".repeat(n) + "\n"),
          new Input("'$x ' x250,000 on one line", 1_000_000, n -> "$x ".repeat(n / 3) + "\n"),
          new Input("'x$1' x333,333, unmatched", 1_000_000, n -> "x$1".repeat(n / 3) + "\n"),
          new Input("\\left( x100,000", 600_000, n -> "$$" + "\\left(".repeat(n / 6) + "$$\n"),
          new Input("unknown \\cmdNNN x100,000", 1_000_000, MathScalingBenchmark::unknownCommands));

  private MathScalingBenchmark() {}

  private static String unknownCommands(int size) {
    StringBuilder text = new StringBuilder("```math\n");
    for (int i = 0; text.length() < size; i++) {
      text.append("\\cmd").append(Integer.toString(i, 26).replaceAll("\\d", "q")).append(' ');
    }
    return text.append("\n```\n").toString();
  }

  public static void main(String[] args) {
    MathSettings settings = MathSettings.defaults();
    System.out.println(
        "input | chars | markdown parse ms | math analysis ms | ns/char (math) | findings");
    for (Input input : INPUTS) {
      run(input, input.fullSize() / 8, settings); // warm-up
      for (int divisor : new int[] {8, 4, 2, 1}) {
        run(input, input.fullSize() / divisor, settings).print(input.name());
      }
    }
  }

  private record Result(int chars, double parseMs, double mathMs, int findings) {
    void print(String name) {
      System.out.printf(
          Locale.ROOT,
          "%s | %,d | %.1f | %.1f | %.1f | %d%n",
          name,
          chars,
          parseMs,
          mathMs,
          mathMs * 1e6 / chars,
          findings);
    }
  }

  /** The best of three runs, each on a fresh document (the analysis is memoised per document). */
  private static Result run(Input input, int size, MathSettings settings) {
    String text = input.text().apply(size);
    Result best = null;
    for (int i = 0; i < 3; i++) {
      long t0 = System.nanoTime();
      Document document = Document.of("bench.md", text);
      long t1 = System.nanoTime();
      int findings = MathAnalysis.problems(document, settings).size();
      long t2 = System.nanoTime();
      Result r = new Result(text.length(), (t1 - t0) / 1e6, (t2 - t1) / 1e6, findings);
      best = best == null || r.mathMs() < best.mathMs() ? r : best;
    }
    return best;
  }
}
