package io.github.qbanklint.core.report.unanswered;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One run of the report, as a line of the history file records it.
 *
 * @param date when the report was made
 * @param commit the commit checked out, if known
 * @param sections the counts per section (empty sections with 0 questions)
 */
public record HistoryEntry(
    Instant date,
    Optional<String> commit,
    int questions,
    int answered,
    int emptySections,
    List<SectionCount> sections) {
  public HistoryEntry {
    sections = List.copyOf(sections);
  }

  /**
   * The questions of one section.
   *
   * @param file the path relative to the workspace root
   * @param section the section's title; empty for questions before the first section
   */
  public record SectionCount(String file, String section, int questions, int answered) {}

  public int unanswered() {
    return questions - answered;
  }

  /** The entry for {@code report}, dated and with the commit of its provenance. */
  public static HistoryEntry of(UnansweredReport report) {
    List<SectionCount> sections = new ArrayList<>();
    for (UnansweredReport.FileEntry file : report.files()) {
      file.inDocumentOrder(
          s ->
              sections.add(
                  new SectionCount(
                      file.path(), s.title(), s.tally().questions(), s.tally().answered())),
          empty -> sections.add(new SectionCount(file.path(), empty.title(), 0, 0)));
    }
    Provenance p = report.provenance();
    return new HistoryEntry(
        p.generated().orElseThrow(() -> new IllegalStateException("a history entry needs a date")),
        p.commit(),
        report.total().questions(),
        report.total().answered(),
        report.emptySectionCount(),
        sections);
  }
}
