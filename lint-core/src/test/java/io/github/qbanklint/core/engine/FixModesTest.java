package io.github.qbanklint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.document.Document;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A check run keeps no fixes and tells rules so; a fixing run keeps every fix. */
class FixModesTest {
  private final ShoutRule rule = new ShoutRule();
  private final LintEngine engine = new LintEngine(new RuleRegistry(List.of(rule)));

  private List<Finding> lint(LintEngine engine) {
    Document document = Document.of("a.md", "BAD and BAD\n");
    return engine
        .lintDocuments(Path.of("").toAbsolutePath(), List.of(document), Config.defaults())
        .findings();
  }

  @Test
  void aCheckRunDropsFixes() {
    assertThat(lint(engine)).hasSize(2).allSatisfy(f -> assertThat(f.fix()).isEmpty());
    assertThat(rule.fixesWanted).containsExactly(false);
  }

  @Test
  void aFixingRunKeepsThem() {
    assertThat(lint(engine.withFixes()))
        .hasSize(2)
        .allSatisfy(f -> assertThat(f.fix()).isPresent());
    assertThat(rule.fixesWanted).containsExactly(true);
  }

  @Test
  void otherSettingsKeepTheFixMode() {
    LintEngine fixing = engine.withFixes().withProgress(LintProgress.NONE);
    assertThat(lint(fixing)).allSatisfy(f -> assertThat(f.fix()).isPresent());
  }
}
