package io.github.qbanklint.core.api;

import io.github.qbanklint.core.bank.BankModel;
import io.github.qbanklint.core.bank.QuestionShape;
import io.github.qbanklint.core.document.LinkRef;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the engine keeps of a checked document for workspace rules, so that whole documents need not
 * stay in memory: its anchors (heading slugs and HTML ids), its links with positions, its
 * questions, and, when it looks like a bank without a recognised question, what came closest.
 */
public record DocumentSummary(
    String path,
    Set<String> anchors,
    List<LocatedLink> links,
    List<QuestionFact> questions,
    Optional<BankModel.UnrecognisedBank> unrecognisedBank) {

  public DocumentSummary {
    anchors = Set.copyOf(anchors);
    links = List.copyOf(links);
    questions = List.copyOf(questions);
  }

  /** A link with its 1-based position. */
  public record LocatedLink(
      LinkRef.Kind kind, String destination, int line, int column, int endLine, int endColumn) {}

  /**
   * A question's title (its text without marker and number), section, 1-based position and shape,
   * for cross-file checks and reports.
   */
  public record QuestionFact(
      String title,
      String section,
      int line,
      int column,
      int endLine,
      int endColumn,
      boolean answered,
      QuestionShape shape) {}
}
