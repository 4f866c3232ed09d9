package io.github.qbanklint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.remote.RemoteTally;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

/** A long run logs its progress every ten seconds; a short one logs nothing. */
class LoggedProgressTest {
  private static final long SECOND = 1_000_000_000L;

  private static final class RecordingLog extends SystemStreamLog {
    final List<String> lines = new ArrayList<>();

    @Override
    public void info(CharSequence content) {
      lines.add(content.toString());
    }
  }

  @Test
  void oneLineEveryTenSecondsAndNoneBefore() {
    AtomicLong now = new AtomicLong();
    RecordingLog log = new RecordingLog();
    LoggedProgress progress = new LoggedProgress(log, now::get);

    progress.files(0, 300);
    now.set(9 * SECOND);
    progress.files(100, 300);
    now.set(10 * SECOND);
    progress.files(200, 300);
    now.set(15 * SECOND);
    progress.files(300, 300);
    now.set(21 * SECOND);
    progress.remoteLinks(new RemoteTally(5, 40, 1, 2, 0));

    assertThat(log.lines)
        .containsExactly(
            "qbank-lint: files 200/300",
            "qbank-lint: files 300/300, remote links 5/40 (1 cached, 2 skipped, 0 failed)");
  }
}
