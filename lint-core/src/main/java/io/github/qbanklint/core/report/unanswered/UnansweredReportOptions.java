package io.github.qbanklint.core.report.unanswered;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the command line or the POM adds to a report: the generation date, links to a forge, and a
 * history file to append this run to and draw.
 *
 * @param generated the generation date (see {@link Provenance#generationDate})
 * @param linkBase a forge URL the links lead to, already checked
 * @param history the history file, named by the user, so it may lie outside the workspace
 */
public record UnansweredReportOptions(
    Instant generated, Optional<String> linkBase, Optional<Path> history) {

  /**
   * Options with {@code linkBase} checked.
   *
   * @throws IllegalArgumentException with a one-line reason (to put after the option's name) when
   *     the link base is not an http(s) URL without credentials and fragment
   */
  public static UnansweredReportOptions of(
      Instant generated, Optional<String> linkBase, Optional<Path> history) {
    linkBase.ifPresent(SourceLinks::validate);
    return new UnansweredReportOptions(generated, linkBase, history);
  }

  /**
   * The report with its provenance, links and history; appends this run to the history file.
   *
   * @param notes receives a note when lines of the history file were skipped
   */
  public UnansweredReport apply(UnansweredReport report, Consumer<String> notes)
      throws IOException {
    Provenance provenance = Provenance.of(generated, report.root());
    SourceLinks links =
        linkBase.map(url -> SourceLinks.forge(url, report.root())).orElse(SourceLinks.RELATIVE);
    UnansweredReport stamped = report.presented(provenance, links, List.of());
    if (history.isEmpty()) {
      return stamped;
    }
    Path file = history.get();
    HistoryFile.Content earlier = HistoryFile.read(file);
    if (earlier.skipped() > 0) {
      notes.accept(
          "skipped "
              + earlier.skipped()
              + (earlier.skipped() == 1 ? " line" : " lines")
              + " of "
              + file
              + " that "
              + (earlier.skipped() == 1 ? "is not a" : "are not")
              + " report history "
              + (earlier.skipped() == 1 ? "entry" : "entries"));
    }
    HistoryEntry now = HistoryEntry.of(stamped);
    HistoryFile.append(file, now);
    List<HistoryEntry> all = new ArrayList<>(earlier.entries());
    all.add(now);
    return stamped.presented(provenance, links, all);
  }
}
