package io.github.qbanklint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Fix;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.document.Document;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A check run keeps no fixes and tells rules so; a fixing run keeps every fix. */
class FixModesTest {
  /** Offers to lower-case every "BAD" and records whether the run wanted fixes. */
  private static final class ShoutRule implements Rule {
    final List<Boolean> fixesWanted = new ArrayList<>();

    @Override
    public RuleMeta meta() {
      return RuleMeta.builder("shout")
          .family("test")
          .summary("BAD")
          .severity(Severity.WARNING)
          .fixable()
          .build();
    }

    @Override
    public void check(DocumentContext context) {
      fixesWanted.add(context.fixesWanted());
      String text = context.document().text();
      for (int i = text.indexOf("BAD"); i >= 0; i = text.indexOf("BAD", i + 1)) {
        context.report(i, i + 3, "shouting", Fix.replace("lower case", i, i + 3, "bad"));
      }
    }
  }

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
