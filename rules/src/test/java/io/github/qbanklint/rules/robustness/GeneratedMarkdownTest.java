package io.github.qbanklint.rules.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.engine.LintEngine;
import io.github.qbanklint.core.engine.LintRequest;
import io.github.qbanklint.core.engine.LintResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property tests over generated Markdown with every registered rule on: no rule fails, every
 * finding lies inside its document, and one job or four give the same findings. The base seed is
 * random per run unless {@code -Dqbank.robustness.seed} sets it; a failure names the seed of the
 * failing document and how to rerun just that one.
 */
class GeneratedMarkdownTest {
  private static final long BASE_SEED =
      Long.getLong("qbank.robustness.seed", new Random().nextLong());
  private static final int DOCUMENTS = Integer.getInteger("qbank.robustness.documents", 300);
  private static final int WORKSPACES = Integer.getInteger("qbank.robustness.workspaces", 20);
  private static final List<String> FILE_NAMES =
      List.of("README.md", "other.md", "中文 题库.md", "sub/deep/a.md", "sub/b.markdown");

  private final LintEngine engine = AllRules.engine().withFixes();
  private final Config config = AllRules.config();

  @Test
  void noRuleFailsAndEveryFindingLiesInsideItsDocument() {
    for (int i = 0; i < DOCUMENTS; i++) {
      long seed = BASE_SEED + i;
      String text = new MarkdownGenerator(seed).document();
      LintResult result = lint(seed, text);
      FindingChecks.assertSound(
          result, List.of(Document.of("generated.md", text)), reproduce(seed));
    }
  }

  @Test
  void oneJobAndFourJobsGiveTheSameFindings(@TempDir Path tmp) throws IOException {
    for (int w = 0; w < WORKSPACES; w++) {
      long seed = BASE_SEED + DOCUMENTS + w;
      Path workspace = Files.createDirectories(tmp.resolve("w" + w));
      writeWorkspace(workspace, seed);
      LintResult single = engine.run(new LintRequest(List.of(workspace), workspace, config, 1));
      LintResult parallel = engine.run(new LintRequest(List.of(workspace), workspace, config, 4));
      assertThat(parallel.findings())
          .as("findings with 4 jobs vs 1, " + reproduceWorkspace(seed))
          .containsExactlyElementsOf(single.findings());
      assertThat(parallel.files()).isEqualTo(single.files());
      assertThat(parallel.inputErrors()).isEqualTo(single.inputErrors());
      assertThat(single.hasInternalErrors())
          .as(reproduceWorkspace(seed) + ": " + single.stackTraces())
          .isFalse();
    }
  }

  private LintResult lint(long seed, String text) {
    try {
      return engine.lintDocuments(
          Path.of("").toAbsolutePath(), List.of(Document.of("generated.md", text)), config);
    } catch (RuntimeException | StackOverflowError e) {
      return fail("the engine threw on a generated document, " + reproduce(seed), e);
    }
  }

  /**
   * A few files that link to each other, written as UTF-8 bytes (a leading U+FEFF becomes a BOM).
   */
  private static void writeWorkspace(Path workspace, long seed) throws IOException {
    for (int f = 0; f < FILE_NAMES.size(); f++) {
      Path file = workspace.resolve(FILE_NAMES.get(f));
      Files.createDirectories(file.getParent());
      Files.write(
          file, new MarkdownGenerator(seed * 31 + f).document().getBytes(StandardCharsets.UTF_8));
    }
  }

  private static String reproduce(long seed) {
    return "document seed "
        + seed
        + " (rerun alone with -Dqbank.robustness.seed="
        + seed
        + " -Dqbank.robustness.documents=1)";
  }

  private static String reproduceWorkspace(long seed) {
    return "workspace seed " + seed + " (base seed " + BASE_SEED + ")";
  }
}
