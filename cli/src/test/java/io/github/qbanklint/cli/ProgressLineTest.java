package io.github.qbanklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.cli.ProgressOptions.When;
import io.github.qbanklint.core.engine.ProgressCounts;
import io.github.qbanklint.core.remote.RemoteTally;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The progress line: redrawn in place, throttled, cut to the width, erased; when it is shown. */
class ProgressLineTest {
  private static final long MS = 1_000_000L;
  private final StringWriter out = new StringWriter();

  private ProgressLine line(int width) {
    return new ProgressLine(new PrintWriter(out), width);
  }

  @Test
  void redrawsInPlaceAtMostTenTimesASecondAndOnlyWhenTheTextChanges() {
    ProgressLine line = line(80);

    line.draw("1/9", 0);
    line.draw("2/9", 50 * MS);
    line.draw("3/9", 99 * MS);
    line.draw("4/9", 100 * MS);
    line.draw("4/9", 300 * MS);
    line.draw("5/9", 301 * MS);

    assertThat(out.toString()).isEqualTo("\r1/9\u001b[K\r4/9\u001b[K\r5/9\u001b[K");
  }

  @Test
  void aLineIsCutOneColumnShortOfTheTerminalWidth() {
    line(10).draw("qbank-lint: files 1/2", 0);

    assertThat(out.toString()).isEqualTo("\rqbank-lin\u001b[K");
  }

  @Test
  void eraseBlanksADrawnLineOnceAndStopsDrawing() {
    ProgressLine line = line(80);
    line.draw("1/9", 0);

    line.erase();
    line.erase();
    line.draw("2/9", 500 * MS);

    assertThat(out.toString()).isEqualTo("\r1/9\u001b[K\r\u001b[K");
  }

  @Test
  void aLineNeverDrawnIsNotErased() {
    line(80).erase();

    assertThat(out.toString()).isEmpty();
  }

  @Test
  void theTextHasFilesThenRemoteLinksAndNoControlCharacter() {
    ProgressCounts counts = new ProgressCounts();
    String nothing = counts.text();
    counts.files(120, 2000);
    String files = counts.text();
    counts.files(2000, 2000);
    counts.remoteLinks(new RemoteTally(350, 1200, 80, 20, 3));
    String both = counts.text();

    assertThat(nothing).isEmpty();
    assertThat(files).isEqualTo("files 120/2000");
    assertThat(both)
        .isEqualTo("files 2000/2000, remote links 350/1200 (80 cached, 20 skipped, 3 failed)");
    ProgressLine line = line(200);
    line.draw(both, 0);
    line.erase();
    assertThat(out.toString().replace("\r", "").replace("\u001b[K", "")).matches("[\\x20-\\x7e]*");
  }

  @Test
  void autoIsNeverInCiNorOnADumbTerminal() {
    assertThat(ProgressOptions.decide(When.auto, Map.of())).isEqualTo(When.auto);
    assertThat(ProgressOptions.decide(When.auto, Map.of("CI", "true"))).isEqualTo(When.never);
    assertThat(ProgressOptions.decide(When.auto, Map.of("CI", "false"))).isEqualTo(When.auto);
    assertThat(ProgressOptions.decide(When.auto, Map.of("TERM", "dumb"))).isEqualTo(When.never);
    assertThat(ProgressOptions.decide(When.always, Map.of("CI", "true"))).isEqualTo(When.always);
    assertThat(ProgressOptions.decide(When.never, Map.of())).isEqualTo(When.never);
  }

  @Test
  void theWidthIsColumnsWhenExported() {
    assertThat(StderrTerminal.width(Map.of("COLUMNS", "42"))).isEqualTo(42);
  }
}
