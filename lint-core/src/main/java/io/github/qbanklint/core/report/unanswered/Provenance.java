package io.github.qbanklint.core.report.unanswered;

import io.github.qbanklint.core.Version;
import io.github.qbanklint.core.git.WorkTree;
import io.github.qbanklint.core.report.TerminalText;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When a report was made, by which version of qbank-lint, and from which commit.
 *
 * @param generated the generation date, to the second
 * @param commit the full object name of the commit checked out, when the bank is in a git work tree
 */
public record Provenance(Optional<Instant> generated, String version, Optional<String> commit) {
  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  /** Nothing known but the version. */
  public static Provenance unknown() {
    return new Provenance(Optional.empty(), Version.current(), Optional.empty());
  }

  /** A report made at {@code generated} of the banks under {@code root}. */
  public static Provenance of(Instant generated, Path root) {
    return new Provenance(
        Optional.of(generated.truncatedTo(ChronoUnit.SECONDS)),
        Version.current(),
        WorkTree.containing(root).flatMap(WorkTree::commit));
  }

  /**
   * The generation date: {@code SOURCE_DATE_EPOCH} (seconds since 1970-01-01 UTC) when it is set,
   * as reproducible builds ask, so that the same input gives the same bytes; else now.
   *
   * @throws IllegalArgumentException when the variable is set but is not such a number
   */
  public static Instant generationDate(Optional<String> sourceDateEpoch, Clock clock) {
    if (sourceDateEpoch.isEmpty()) {
      return clock.instant();
    }
    String value = sourceDateEpoch.get().strip();
    try {
      long seconds = Long.parseLong(value);
      if (seconds >= 0 && seconds <= Instant.MAX.getEpochSecond() / 2) {
        return Instant.ofEpochSecond(seconds);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, not '"
            + TerminalText.escape(value.length() > 40 ? value.substring(0, 40) + "…" : value)
            + "'");
  }

  /** The date as people read it, {@code 2026-12-04 19:05 UTC}. */
  public Optional<String> shownDate() {
    return generated.map(SHOWN::format);
  }

  /** The commit's first 12 characters. */
  public Optional<String> shortCommit() {
    return commit.map(c -> c.substring(0, 12));
  }
}
