package io.github.qbanklint.bench;

import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.engine.LintEngine;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.rules.robustness.AllRules;
import io.github.qbanklint.rules.robustness.FindingChecks;
import io.github.qbanklint.rules.robustness.MarkdownGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs generated documents through the engine with every offline rule on and checks what the
 * property tests check (no internal error, findings inside the document, sound fixes). Each failing
 * document is written to the output directory under its seed. Stops after the count or the time
 * limit, whichever comes first.
 *
 * <p>Usage: {@code FuzzMain [--count N] [--seed S] [--minutes M] [--threads T] [--out DIR]}
 */
public final class FuzzMain {
  private static final long SLOW_MILLIS = 2_000;

  /** Documents checked before slowness counts: the first ones pay for class loading and JIT. */
  private static final long WARM_UP = 1_000;

  private final LintEngine engine = AllRules.engine().withFixes();
  private final Config config = AllRules.config();
  private final Path out;
  private final AtomicLong checked = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong slow = new AtomicLong();

  private FuzzMain(Path out) {
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    long count = Long.parseLong(option(args, "--count", "1000000"));
    long seed = Long.parseLong(option(args, "--seed", Long.toString(new Random().nextLong())));
    long minutes = Long.parseLong(option(args, "--minutes", "0"));
    int threads =
        Integer.parseInt(
            option(
                args, "--threads", Integer.toString(Runtime.getRuntime().availableProcessors())));
    Path out = Files.createDirectories(Path.of(option(args, "--out", "bench/results/fuzz")));
    System.out.printf(
        "fuzzing %,d documents from seed %d on %d threads, rules %s%n",
        count, seed, threads, AllRules.rules().stream().map(r -> r.id()).toList());
    new FuzzMain(out).run(count, seed, minutes, threads);
  }

  private void run(long count, long seed, long minutes, int threads) throws InterruptedException {
    long start = System.nanoTime();
    long deadline = minutes > 0 ? start + TimeUnit.MINUTES.toNanos(minutes) : Long.MAX_VALUE;
    AtomicLong next = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    for (int t = 0; t < threads; t++) {
      pool.execute(
          () -> {
            for (long i = next.getAndIncrement();
                i < count && System.nanoTime() < deadline;
                i = next.getAndIncrement()) {
              check(seed + i);
            }
          });
    }
    pool.shutdown();
    while (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
      report(start);
    }
    report(start);
    System.out.println(
        failed.get() == 0 ? "no failures" : "failures written to " + out.toAbsolutePath());
  }

  private void check(long seed) {
    String text = new MarkdownGenerator(seed).document();
    long began = System.nanoTime();
    try {
      Document document = Document.of("fuzz.md", text);
      LintResult result =
          engine.lintDocuments(Path.of("").toAbsolutePath(), List.of(document), config);
      FindingChecks.assertSound(result, List.of(document), "seed " + seed);
    } catch (RuntimeException | Error e) {
      failed.incrementAndGet();
      save(seed, text, e);
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
    if (millis > SLOW_MILLIS && checked.get() > WARM_UP) {
      slow.incrementAndGet();
      save(seed, text, new AssertionError("took " + millis + " ms"));
    }
    checked.incrementAndGet();
  }

  private void save(long seed, String text, Throwable problem) {
    try {
      Files.writeString(out.resolve(seed + ".md"), text, StandardCharsets.UTF_8);
      Files.writeString(
          out.resolve(seed + ".txt"), String.valueOf(problem), StandardCharsets.UTF_8);
    } catch (IOException e) {
      System.err.println("cannot save seed " + seed + ": " + e);
    }
    System.out.println(
        "seed " + seed + ": " + String.valueOf(problem).lines().findFirst().orElse(""));
  }

  private void report(long start) {
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "%,d documents in %.0f s (%.0f/s), %d failing, %d slower than %d ms%n",
        checked.get(), seconds, checked.get() / seconds, failed.get(), slow.get(), SLOW_MILLIS);
  }

  private static String option(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
