package io.github.qbanklint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.qbanklint.core.report.unanswered.UnansweredReportWriters;
import org.junit.jupiter.api.Test;

class UnansweredReportFilesTest {

  @Test
  void acceptsEveryFormatTheCoreHas() {
    assertThat(UnansweredReportWriters.formats())
        .isNotEmpty()
        .allSatisfy(UnansweredReportFiles::forFormats);
  }

  @Test
  void rejectsAnUnknownFormatNamingTheParameter() {
    assertThatThrownBy(() -> UnansweredReportFiles.forFormats("md,pdf"))
        .hasMessage(
            "unknown format 'pdf' in unansweredFormats (known: "
                + String.join(", ", UnansweredReportWriters.formats())
                + ")");
  }
}
