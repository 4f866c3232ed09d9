package io.github.qbanklint.rules.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.cache.CacheOptions;
import io.github.qbanklint.core.config.ConfigLoader;
import io.github.qbanklint.core.engine.LintEngine;
import io.github.qbanklint.core.engine.LintRequest;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.engine.RuleRegistry;
import io.github.qbanklint.core.report.JsonReporter;
import io.github.qbanklint.core.report.ReportContext;
import io.github.qbanklint.rules.robustness.AllRules;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random edits, renames, deletions, new files, links and anchors across files that break and heal,
 * images that come and go, and configuration changes, applied to a workspace over many runs: after
 * each step the JSON report of a run with the result cache is byte-identical to one without it, and
 * a run reporting a random few files finds for them what the whole run does. Reproduce a failure
 * with {@code -Dqbank.cache.seed=SEED}.
 */
class CachedRunsPropertyTest {
  private static final int STEPS = 100;

  private static final String[] LINES = {
    "## 1. What is a cache?\n",
    "## 2. Why sign it?\n",
    "#### 4. Skipped a level?\n",
    "### 问题1：讲一讲推荐系统\n",
    "### Q: What is a MAC?\n",
    "A MAC proves who wrote it.\n",
    "答案。\n",
    "See [the other bank](b.md#1-what-is-a-cache).\n",
    "See [a missing anchor](a.md#nowhere).\n",
    "See [the third bank](c.md).\n",
    "See [renamed](d.md#q-what-is-a-mac).\n",
    "![diagram](img/diagram.png)\n",
    "- [1. What is a cache?](#1-what-is-a-cache)\n",
    "<a id=\"kept\"></a>\n",
    "Link to [kept](#kept) and [an outside file](../outside.md).\n",
    "**Answer:** $x^2$ and $\\frac{1}{2$\n",
    "<!-- qbank-lint-disable-next-line -->\n",
    "\n",
    "<<<<<<< HEAD\n",
    "- \n",
  };

  private static final String[] CONFIGS = {
    "",
    "rules:\n  broken-link:\n    severity: info\n",
    "rules:\n  duplicate-question:\n    enabled: false\n",
    "conventions:\n  questionMarkEndsQuestion: false\n",
    "exclude: [\"c.md\"]\n",
    "rules:\n  merge-conflict-marker:\n    severity: info\n",
    "rules:\n  heading-increment:\n    severity: error\n    answerHeadings: true\n",
    "rules:\n  heading-increment:\n    answerHeadings: true\n",
  };

  @TempDir Path workspace;
  @TempDir Path userCache;

  @Test
  void cachedRunsReportExactlyWhatUncachedRunsDo() throws IOException {
    long seed = Long.getLong("qbank.cache.seed", new Random().nextLong());
    Random random = new Random(seed);
    Files.createDirectories(workspace.resolve("img"));
    Files.writeString(workspace.resolve(".git"), "gitdir: /nonexistent\n"); // a work-tree root
    for (String name : List.of("a.md", "b.md", "c.md")) {
      write(name, randomText(random));
    }
    writeConfig(CONFIGS[0]);
    LintEngine plain = new LintEngine(new RuleRegistry(AllRules.rules()));
    LintEngine cached =
        plain.forChecking(
            new CacheOptions(true, userCache, Optional.empty(), p -> false, note -> {}));
    for (int step = 0; step < STEPS; step++) {
      String change = change(random);
      LintResult expected = run(plain, Optional.empty());
      String why =
          String.format(
              "seed %d, step %d after %s (rerun with -Dqbank.cache.seed=%d)",
              seed, step, change, seed);
      assertThat(report(run(cached, Optional.empty()))).as(why).isEqualTo(report(expected));
      // A run reporting some files only (check --staged), cached or not, finds for them exactly
      // what a whole run does.
      Set<String> reported = someFiles(random);
      assertThat(run(step % 2 == 0 ? plain : cached, Optional.of(reported)).findings())
          .as("%s, reporting %s", why, reported)
          .isEqualTo(
              expected.findings().stream().filter(f -> reported.contains(f.path())).toList());
    }
    try (Stream<Path> files = Files.walk(userCache)) {
      assertThat(files.filter(p -> p.endsWith("results.bin"))).hasSize(1);
    }
  }

  /** One random change to the workspace, described for the failure message. */
  private String change(Random random) throws IOException {
    List<Path> files = markdownFiles();
    Path any = files.isEmpty() ? null : files.get(random.nextInt(files.size()));
    int kind = random.nextInt(10);
    if (any == null || kind == 0) {
      String name = (char) ('a' + random.nextInt(6)) + ".md";
      write(name, randomText(random));
      return "writing " + name;
    }
    switch (kind) {
      case 1:
        String target = (char) ('a' + random.nextInt(6)) + ".md";
        Files.move(
            any, workspace.resolve(target), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return "renaming " + any.getFileName() + " to " + target;
      case 2:
        Files.delete(any);
        return "deleting " + any.getFileName();
      case 3:
        writeConfig(CONFIGS[random.nextInt(CONFIGS.length)]);
        return "changing the configuration";
      case 4:
        Path image = workspace.resolve("img/diagram.png");
        if (Files.exists(image)) {
          Files.delete(image);
          return "deleting the image";
        }
        Files.write(image, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        return "adding the image";
      case 5:
        return "nothing";
      default:
        List<String> lines = new ArrayList<>(Files.readAllLines(any, StandardCharsets.UTF_8));
        int at = lines.isEmpty() ? 0 : random.nextInt(lines.size());
        if (!lines.isEmpty() && random.nextBoolean()) {
          lines.remove(at);
        } else {
          lines.add(at, LINES[random.nextInt(LINES.length)].stripTrailing());
        }
        Files.writeString(any, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return "editing " + any.getFileName() + " at line " + (at + 1);
    }
  }

  private LintResult run(LintEngine engine, Optional<Set<String>> reported) {
    LintRequest request =
        new LintRequest(
            List.of(workspace),
            workspace,
            ConfigLoader.load(workspace.resolve(ConfigLoader.FILE_NAME)),
            1);
    return engine.run(reported.map(request::reportingOnly).orElse(request));
  }

  private Set<String> someFiles(Random random) throws IOException {
    Set<String> some = new HashSet<>();
    for (Path file : markdownFiles()) {
      if (random.nextBoolean()) {
        some.add(file.getFileName().toString());
      }
    }
    return some;
  }

  private String report(LintResult result) throws IOException {
    StringWriter out = new StringWriter();
    new JsonReporter().write(result, new ReportContext(workspace, false, List.of(), false), out);
    return out + String.join("\n", result.inputErrors());
  }

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder("# Bank\n\n");
    int lines = 3 + random.nextInt(12);
    for (int i = 0; i < lines; i++) {
      text.append(LINES[random.nextInt(LINES.length)]);
    }
    return text.toString();
  }

  private void writeConfig(String text) throws IOException {
    // Enabling every rule keeps the cross-file and off-by-default rules in play.
    StringBuilder config = new StringBuilder(text);
    if (!text.contains("rules:")) {
      config.append("rules:\n");
    }
    for (var rule : AllRules.rules()) {
      if (!text.contains("  " + rule.id() + ":")) {
        config.append("  ").append(rule.id()).append(":\n    enabled: true\n");
      }
    }
    Files.writeString(workspace.resolve(ConfigLoader.FILE_NAME), config.toString());
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(workspace.resolve(name), text, StandardCharsets.UTF_8);
  }

  private List<Path> markdownFiles() throws IOException {
    try (Stream<Path> files = Files.list(workspace)) {
      return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
  }
}
