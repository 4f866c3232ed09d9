package io.github.qbanklint.cli;

import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --progress}: whether a long run shows a progress line on standard error. */
final class ProgressOptions {
  /** When to show the progress line. */
  enum When {
    auto,
    always,
    never
  }

  @Option(
      names = "--progress",
      paramLabel = "WHEN",
      description =
          "Show a progress line on standard error once a run takes over a second: auto (when"
              + " standard error is a terminal, and not in CI), always, never (default: auto).")
  When when = When.auto;

  /** Starts the display of this run's progress; close it before printing the run's output. */
  ProgressDisplay start() {
    Map<String, String> env = System.getenv();
    return switch (decide(when, env)) {
      case never -> ProgressDisplay.none();
      case always -> ProgressDisplay.start(() -> Optional.of(line(env)));
      case auto ->
          ProgressDisplay.start(
              () -> StderrTerminal.isTerminal() ? Optional.of(line(env)) : Optional.empty());
    };
  }

  /**
   * What {@code auto} comes to before looking at the terminal: never in CI (the {@code CI}
   * variable, which GitHub Actions, GitLab CI and most others set, keeps a log free of redrawn
   * lines) nor on a terminal without cursor control ({@code TERM=dumb}); else {@code auto}, which
   * then asks whether standard error is a terminal.
   */
  static When decide(When asked, Map<String, String> env) {
    if (asked != When.auto) {
      return asked;
    }
    String ci = env.getOrDefault("CI", "");
    boolean inCi = !ci.isEmpty() && !ci.equalsIgnoreCase("false") && !ci.equals("0");
    return inCi || "dumb".equals(env.get("TERM")) ? When.never : When.auto;
  }

  private static ProgressLine line(Map<String, String> env) {
    return new ProgressLine(Console.PROGRESS, StderrTerminal.width(env));
  }
}
