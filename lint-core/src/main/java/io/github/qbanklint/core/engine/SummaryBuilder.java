package io.github.qbanklint.core.engine;

import io.github.qbanklint.core.api.DocumentSummary;
import io.github.qbanklint.core.bank.BankModel;
import io.github.qbanklint.core.bank.Question;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.LinkRef;
import java.util.ArrayList;
import java.util.List;

/** Keeps what workspace rules need of a document once the document itself is dropped. */
final class SummaryBuilder {
  private SummaryBuilder() {}

  static DocumentSummary summarise(Document document, BankModel bank) {
    List<DocumentSummary.LocatedLink> links = new ArrayList<>();
    for (LinkRef link : document.links()) {
      links.add(
          new DocumentSummary.LocatedLink(
              link.kind(),
              link.destination(),
              document.line(link.start()),
              document.column(link.start()),
              document.line(link.end()),
              document.column(link.end())));
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
              q.shape()));
    }
    return new DocumentSummary(
        document.path(), document.anchors(), links, questions, bank.unrecognised());
  }
}
