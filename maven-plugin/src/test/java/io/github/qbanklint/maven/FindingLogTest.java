package io.github.qbanklint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.remote.RemoteSummary;
import io.github.qbanklint.core.report.ReportContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingLogTest {
  private static final String CONTROLS = "\u001b[2J\u0007\r\n\u007f\u0085\u202e\u2028";
  private static final String SHOWN = "\\e[2J\\u0007\\r\\n\\u007f\\u0085\\u202e\\u2028";

  @TempDir Path dir;

  /** Keeps what is logged, one entry per call. */
  private static final class RecordingLog extends SystemStreamLog {
    final List<String> lines = new ArrayList<>();

    @Override
    public void debug(CharSequence content) {
      lines.add("debug " + content);
    }

    @Override
    public void info(CharSequence content) {
      lines.add("info " + content);
    }

    @Override
    public void warn(CharSequence content) {
      lines.add("warn " + content);
    }

    @Override
    public void error(CharSequence content) {
      lines.add("error " + content);
    }
  }

  @Test
  void pathsMessagesInputErrorsAndStackTraceLinesShowControlsAsEscapes() {
    String path = "bank" + CONTROLS + ".md";
    Finding finding =
        new Finding(
            "rule",
            Severity.WARNING,
            path,
            3,
            4,
            3,
            9,
            "heading " + CONTROLS + "\u0000",
            Optional.empty());
    LintResult result =
        new LintResult(
            dir,
            List.of(),
            List.of(finding),
            List.of(path + ": cannot read"),
            List.of("rule failed on bank\u001b[2J\u202e.md:\n\tat somewhere"));
    RecordingLog log = new RecordingLog();

    FindingLog.print(
        result, new ReportContext(dir, false, List.of(), false), log, Optional.of(Severity.ERROR));

    assertThat(log.lines)
        .containsExactly(
            "error bank" + SHOWN + ".md: cannot read",
            "warn bank" + SHOWN + ".md:3:4 rule heading " + SHOWN + "\\u0000",
            "debug rule failed on bank\\e[2J\\u202e.md:",
            "debug \tat somewhere",
            "info 0 files checked: 0 errors, 1 warning, 0 info; no questions recognised");
  }

  @Test
  void aRemoteCheckEndsWithWhatItDidNotCheckAndHowToCheckIt() {
    LintResult result =
        new LintResult(
            dir,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            Optional.of(new RemoteSummary(3, 1, 0, 0, 0, 0, 2, 0)));
    RecordingLog log = new RecordingLog();

    FindingLog.print(
        result, new ReportContext(dir, false, List.of(), false), log, Optional.of(Severity.ERROR));

    assertThat(log.lines)
        .last()
        .isEqualTo(
            "info remote links: 3 URLs; requested 1: 1 alive; not checked: 2 private or loopback"
                + " addresses (set the allowPrivate parameter or -Dqbanklint.allowPrivate=true to"
                + " check them)");
  }

  @Test
  void onlyFindingsThatFailTheBuildAreLoggedAsErrorsAndAnyOtherLevelNamesTheSeverity() {
    LintResult result =
        new LintResult(
            dir,
            List.of(),
            List.of(
                finding(Severity.ERROR, 1),
                finding(Severity.WARNING, 2),
                finding(Severity.INFO, 3)),
            List.of(),
            List.of());

    assertThat(logged(result, Optional.of(Severity.ERROR)))
        .containsExactly("error b.md:1:1 r m", "warn b.md:2:1 r m", "info b.md:3:1 r m");
    assertThat(logged(result, Optional.of(Severity.WARNING)))
        .containsExactly("error b.md:1:1 r m", "error b.md:2:1 warning r m", "info b.md:3:1 r m");
    assertThat(logged(result, Optional.of(Severity.INFO)))
        .containsExactly(
            "error b.md:1:1 r m", "error b.md:2:1 warning r m", "error b.md:3:1 info r m");
    assertThat(logged(result, Optional.empty()))
        .containsExactly("warn b.md:1:1 error r m", "warn b.md:2:1 r m", "info b.md:3:1 r m");
  }

  private List<String> logged(LintResult result, Optional<Severity> failingFrom) {
    RecordingLog log = new RecordingLog();
    FindingLog.print(result, new ReportContext(dir, false, List.of(), false), log, failingFrom);
    return log.lines.subList(0, log.lines.size() - 1);
  }

  private static Finding finding(Severity severity, int line) {
    return new Finding("r", severity, "b.md", line, 1, line, 2, "m", Optional.empty());
  }
}
