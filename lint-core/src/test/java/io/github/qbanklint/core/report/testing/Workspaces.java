package io.github.qbanklint.core.report.testing;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.bank.Question;
import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.engine.LintEngine;
import io.github.qbanklint.core.engine.LintRequest;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.engine.RuleRegistry;
import io.github.qbanklint.core.report.ReportContext;
import io.github.qbanklint.core.report.Reporter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Lints files on disk with two small test rules, for reporter and baseline tests. */
public final class Workspaces {
  /** Reports every unanswered question on its heading, like {@code empty-answer}. */
  public static final Rule UNANSWERED =
      new Rule() {
        private final RuleMeta meta =
            RuleMeta.builder("test-unanswered")
                .family("test")
                .summary("A question has no answer.")
                .severity(Severity.ERROR)
                .tags("test", "answers")
                .build();

        @Override
        public RuleMeta meta() {
          return meta;
        }

        @Override
        public void check(DocumentContext context) {
          for (Question q : context.bank().questions()) {
            if (!q.answered()) {
              context.report(
                  q.start(),
                  q.end(),
                  "question '" + q.text().replaceFirst("[:：].*", "") + "' has no answer");
            }
          }
        }
      };

  /** Reports every {@code $}, to have findings in the middle of lines. */
  public static final Rule DOLLAR =
      new Rule() {
        private final RuleMeta meta =
            RuleMeta.builder("test-dollar")
                .family("test")
                .summary("A dollar sign.")
                .severity(Severity.WARNING)
                .build();

        @Override
        public RuleMeta meta() {
          return meta;
        }

        @Override
        public void check(DocumentContext context) {
          String text = context.document().text();
          for (int i = text.indexOf('$'); i >= 0; i = text.indexOf('$', i + 1)) {
            context.report(i, i + 1, "a dollar sign, with \"quotes\" <and> %, : and ,");
          }
        }
      };

  private Workspaces() {}

  public static Path write(Path dir, String name, String text) {
    try {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static LintResult lint(Path dir) {
    return lint(dir, UNANSWERED, DOLLAR);
  }

  public static LintResult lint(Path dir, Rule... rules) {
    return new LintEngine(new RuleRegistry(List.of(rules)))
        .run(new LintRequest(List.of(dir), dir, Config.defaults(), 1));
  }

  public static ReportContext context(Path dir) {
    return new ReportContext(dir, false, List.of(UNANSWERED.meta(), DOLLAR.meta()), false);
  }

  public static String render(Reporter reporter, LintResult result, ReportContext context) {
    try {
      StringWriter out = new StringWriter();
      reporter.write(result, context, out);
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The example bank shipped in {@code examples/interview-bank}. */
  public static Path exampleBank() {
    Path fromModule = Path.of("..", "examples", "interview-bank", "README.md");
    return Files.exists(fromModule)
        ? fromModule
        : Path.of("examples", "interview-bank", "README.md");
  }

  public static String exampleBankText() {
    try {
      return Files.readString(exampleBank(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
