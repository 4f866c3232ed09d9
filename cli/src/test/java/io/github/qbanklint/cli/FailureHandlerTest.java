package io.github.qbanklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class FailureHandlerTest {
  @CommandLine.Command(name = "failing")
  static final class Failing implements Callable<Integer> {
    @CommandLine.Option(names = "--verbose")
    boolean verbose;

    @Override
    public Integer call() {
      throw new UncheckedIOException(
          "the cached findings of a.md do not decode (a bug: please report it)",
          new IOException("not the findings counted"));
    }
  }

  @Test
  void aCachedResultThatDoesNotDecodeIsAnInternalErrorInPlainWords() {
    StringWriter err = new StringWriter();
    CommandLine cli =
        new CommandLine(new Failing())
            .setErr(new PrintWriter(err))
            .setExecutionExceptionHandler(new FailureHandler());

    int exit = cli.execute();

    assertThat(exit).isEqualTo(ExitCodes.INTERNAL);
    assertThat(err.toString())
        .startsWith(
            "qbank-lint: internal error: the cached findings of a.md do not decode (a bug: please"
                + " report it)")
        .doesNotContain("java.")
        .contains("--verbose");
  }
}
