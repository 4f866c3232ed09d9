package io.github.qbanklint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.report.ReportContext;
import io.github.qbanklint.core.report.Reporters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {
  @TempDir Path directory;

  private LintResult result() {
    return new LintResult(
        directory,
        List.of(),
        List.of(
            new Finding(
                "empty-answer",
                Severity.ERROR,
                "bank.md",
                3,
                1,
                3,
                9,
                "no answer",
                Optional.empty())),
        List.of(),
        List.of());
  }

  @Test
  void writesOneFilePerFormatNamedByItsReporter() throws IOException {
    ReportContext context = new ReportContext(directory, false, List.of(), false);

    List<Path> written =
        ReportFiles.forFormats(" json , text").write(result(), context, directory.resolve("out"));

    assertThat(written)
        .containsExactly(
            directory.resolve("out/qbank-lint.json"), directory.resolve("out/qbank-lint.txt"));
    assertThat(Files.readString(written.get(0))).contains("\"rule\" : \"empty-answer\"");
    assertThat(Files.readString(written.get(1))).contains("bank.md:3:1");
  }

  @Test
  void acceptsEveryFormatTheCoreHas() {
    assertThat(Reporters.formats()).allSatisfy(format -> ReportFiles.forFormats(format));
  }

  @Test
  void writesNothingForNoFormat() throws IOException {
    ReportContext context = new ReportContext(directory, false, List.of(), false);

    assertThat(ReportFiles.forFormats("").write(result(), context, directory.resolve("out")))
        .isEmpty();
    assertThat(directory.resolve("out")).doesNotExist();
  }

  @Test
  void rejectsAMistypedFormatNamingTheOneMeant() {
    assertThatThrownBy(() -> ReportFiles.forFormats("jsn"))
        .hasMessage(
            "unknown format 'jsn' in formats (known: "
                + String.join(", ", Reporters.formats())
                + "); did you mean 'json'?");
  }

  @Test
  void rejectsAnUnknownFormatListingTheKnownOnes() {
    assertThatThrownBy(() -> ReportFiles.forFormats("json,pdf"))
        .hasMessage(
            "unknown format 'pdf' in formats (known: "
                + String.join(", ", Reporters.formats())
                + ")");
  }
}
