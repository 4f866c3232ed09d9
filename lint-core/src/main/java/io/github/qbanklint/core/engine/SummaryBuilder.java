package io.github.qbanklint.core.engine;

import io.github.qbanklint.core.anchors.GithubSlugger;
import io.github.qbanklint.core.api.DocumentSummary;
import io.github.qbanklint.core.bank.BankModel;
import io.github.qbanklint.core.bank.Question;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.LinkRef;
import io.github.qbanklint.core.document.LinkTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Keeps what workspace rules need of a document once the document itself is dropped. */
final class SummaryBuilder {
  private SummaryBuilder() {}

  static DocumentSummary summarise(Document document, BankModel bank) {
    List<DocumentSummary.LocatedLink> links = new ArrayList<>();
    for (LinkRef link : document.links()) {
      if (link.staysInDocument()) {
        continue; // checked with the document: no workspace rule reads it
      }
      links.add(
          new DocumentSummary.LocatedLink(
              link.kind(),
              link.destination(),
              document.line(link.start()),
              document.column(link.start()),
              document.line(link.end()),
              document.column(link.end()),
              namedAnchor(link, document.anchors())));
    }
    List<DocumentSummary.QuestionFact> questions = new ArrayList<>();
    for (Question q : bank.questions()) {
      questions.add(
          new DocumentSummary.QuestionFact(
              q.title(),
              q.sectionTitle().orElse(""),
              q.line(),
              document.column(q.start()),
              document.line(q.end()),
              document.column(q.end()),
              q.answered(),
              q.shape(),
              PromptKey.of(q.prompt())));
    }
    return new DocumentSummary(
        document.path(), document.anchors(), links, questions, bank.unrecognised());
  }

  /**
   * The anchor that a link to a local path without a fragment names, as written or as its heading
   * slug: {@code [Setup](Setup)} meant {@code #setup} when no file is called so.
   */
  private static Optional<String> namedAnchor(LinkRef link, Set<String> anchors) {
    if (link.isImage() || link.destination().indexOf('#') >= 0) {
      return Optional.empty();
    }
    return LinkTarget.parse(link.destination())
        .filter(target -> !target.onAuthorsMachine() && !target.path().isEmpty())
        .flatMap(
            target ->
                Stream.of(target.path(), GithubSlugger.slugOf(target.path()))
                    .filter(anchors::contains)
                    .findFirst());
  }
}
