package io.github.qbanklint.core.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.qbanklint.core.docs.DocCommands.Block;
import io.github.qbanklint.core.docs.DocCommands.Line;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocCommandsTest {
  @TempDir Path dir;

  private DocCommands read(String markdown) throws Exception {
    Path page = dir.resolve("page.md");
    Files.writeString(page, markdown);
    return DocCommands.read(page);
  }

  @Test
  void toolCommandsAreToldFromSetupStepsAndContinuationsJoined() throws Exception {
    DocCommands page =
        read(
            """
            ```sh
            git add bank/README.md
            qbank-lint check --staged   # the hook's command
            ./qbank-lint bank \\
              --format json
            # a comment
            bench/bench.sh
            ```
            """);
    Block block = page.blocks().get(0);
    assertThat(block.lines())
        .extracting(Line::text, Line::tool, Line::lineNumber)
        .containsExactly(
            tuple("git add bank/README.md", "", 2),
            tuple("qbank-lint check --staged   # the hook's command", "qbank-lint", 3),
            tuple("./qbank-lint bank    --format json", "./qbank-lint", 4),
            tuple("bench/bench.sh", "", 7));
  }

  @Test
  void markersAttachToTheNextBlockOnly() throws Exception {
    DocCommands page =
        read(
            """
            <!-- docs-test skip "git clone": needs the network -->
            <!-- docs-test exit 2 "qbank-lint missing" -->
            ```bash
            git clone x
            qbank-lint missing
            ```

            ```sh
            git clone y
            ```
            """);
    Block first = page.blocks().get(0);
    assertThat(first.marker("skip", first.lines().get(0)))
        .get()
        .extracting(m -> m.reason())
        .isEqualTo("needs the network");
    assertThat(first.marker("exit", first.lines().get(1)))
        .get()
        .extracting(m -> m.exitCode())
        .isEqualTo(2);
    Block second = page.blocks().get(1);
    assertThat(second.marker("skip", second.lines().get(0))).isEmpty();
  }

  @Test
  void aMarkerSeparatedFromItsBlockByProseIsDropped() throws Exception {
    DocCommands page =
        read(
            """
            <!-- docs-test skip "git clone": needs the network -->
            Some prose.

            ```sh
            git clone x
            ```
            """);
    Block block = page.blocks().get(0);
    assertThat(block.marker("skip", block.lines().get(0))).isEmpty();
  }

  @Test
  void shownOutputComesFromAMarkedTextBlockOrAConsoleBlock() throws Exception {
    DocCommands page =
        read(
            """
            <!-- docs-test output-of "qbank-lint bank" -->
            ```text
            bank/README.md:3:1  error  empty-answer  …
            ```

            ```console
            $ qbank-lint rules
            empty-answer  answers
            $ qbank-lint --version
            qbank-lint 0.1.0
            ```
            """);
    assertThat(page.outputs())
        .extracting(o -> o.command(), o -> o.lines())
        .containsExactly(
            tuple("qbank-lint bank", List.of("bank/README.md:3:1  error  empty-answer  …")),
            tuple("qbank-lint rules", List.of("empty-answer  answers")),
            tuple("qbank-lint --version", List.of("qbank-lint 0.1.0")));
  }

  @Test
  void shownLinesMustAppearInOrderWithTheEllipsisForAnyText() {
    String real = "a.md:1:1  error  empty-answer  Q1 has no answer\nsummary: 1 error\n";
    assertThat(
            DocCommandRunner.firstLineNotShown(List.of("a.md:1:1  error  …", "summary: …"), real))
        .isNull();
    assertThat(DocCommandRunner.firstLineNotShown(List.of("summary: …", "a.md:1:1 …"), real))
        .isEqualTo("a.md:1:1 …");
    assertThat(DocCommandRunner.firstLineNotShown(List.of("summary: 2 errors"), real))
        .isEqualTo("summary: 2 errors");
  }
}
