package io.github.qbanklint.core.report.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.engine.LintResult;
import java.nio.file.Path;

/**
 * A bank whose file name, headings and findings carry terminal escapes, bell, CR, LF, NUL, DEL,
 * NEL, a right-to-left override and a line separator, for checking that every output stays inert.
 */
public final class HostileText {
  /** The characters no output may pass on raw (LF only where the format itself breaks lines). */
  public static final String RAW = "\u001b\u0007\r\u0000\u007f\u0085\u202e\u2028";

  /** A file name with an escape sequence, a bell, CR, LF, DEL, NEL and a bidi override. */
  public static final String FILE_NAME = "bank\u001b[31m\u0007\r\n\u007f\u0085\u202e.md";

  /** The text of the unanswered question's heading. */
  public static final String QUESTION = "Q1: Evil \u001b[2J\u0007\u007f\u0085\u202eheading?";

  /** What the echo rule appends to the line it quotes. */
  public static final String TAIL = "\r\n\u0000\u2028 end";

  private static final String BANK =
      "# Bank \u001b]0;title\u0007\n\n## Section \u202e\u0085\n\n### "
          + QUESTION
          + "\n\n### Q2: Other?\nAnswer.\n";

  /** Quotes the line of the unanswered question in a message that adds CR, LF, NUL and U+2028. */
  public static final Rule ECHO =
      new Rule() {
        private final RuleMeta meta =
            RuleMeta.builder("test-echo")
                .family("test")
                .summary("Quotes a line.")
                .severity(Severity.WARNING)
                .build();

        @Override
        public RuleMeta meta() {
          return meta;
        }

        @Override
        public void check(DocumentContext context) {
          String text = context.document().text();
          int start = text.indexOf(QUESTION);
          context.report(start, start + QUESTION.length(), "quoted '" + QUESTION + "'" + TAIL);
        }
      };

  private HostileText() {}

  /** Writes the hostile bank into {@code dir} and lints it with the echo and unanswered rules. */
  public static LintResult lint(Path dir) {
    Workspaces.write(dir, FILE_NAME, BANK);
    return Workspaces.lint(dir, ECHO, Workspaces.UNANSWERED);
  }

  /** The message the echo rule reports. */
  public static String echoMessage() {
    return "quoted '" + QUESTION + "'" + TAIL;
  }

  /** Fails when {@code output} holds any of the {@link #RAW} characters. */
  public static void assertInert(String output) {
    for (char c : RAW.toCharArray()) {
      assertThat(output.indexOf(c))
          .as("U+%04X in:%n%s", (int) c, output.replace("\u001b", "<ESC>"))
          .isEqualTo(-1);
    }
  }
}
