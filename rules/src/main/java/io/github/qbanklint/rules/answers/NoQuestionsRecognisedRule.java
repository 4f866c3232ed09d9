package io.github.qbanklint.rules.answers;

import io.github.qbanklint.core.api.DocumentSummary;
import io.github.qbanklint.core.api.ProjectLinks;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.api.WorkspaceContext;
import io.github.qbanklint.core.bank.BankModel;
import io.github.qbanklint.core.bank.QuestionShape;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A file that looks like a bank (numbered headings, question marks, placeholders, beside a table of
 * contents) in which no question was recognised: without this finding it would pass as fully
 * answered. An error when no question is recognised anywhere in the run, since such a run proves
 * nothing; a warning when other files have questions.
 */
public final class NoQuestionsRecognisedRule implements Rule {
  private static final RuleMeta META =
      RuleMeta.builder("no-questions-recognised")
          .family("answers")
          .summary("A file looks like a question bank, but no question in it was recognised.")
          .severity(Severity.ERROR)
          .tags("answers", "conventions")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void checkWorkspace(WorkspaceContext context) {
    Set<QuestionShape> shapesElsewhere = EnumSet.noneOf(QuestionShape.class);
    context.documents().forEach(d -> d.questions().forEach(q -> shapesElsewhere.add(q.shape())));
    Severity severity = shapesElsewhere.isEmpty() ? Severity.ERROR : Severity.WARNING;
    for (DocumentSummary document : context.documents()) {
      if (document.unrecognisedBank().isEmpty()) {
        continue;
      }
      BankModel.UnrecognisedBank bank = document.unrecognisedBank().get();
      context.report(
          document.path(),
          bank.line(),
          1,
          bank.line(),
          1,
          "no question recognised, though the file looks like a bank ("
              + bank.evidence()
              + "); the closest shape is "
              + bank.closestShape().id()
              + ": "
              + bank.hint()
              + " (.qbank-lint.yml, see "
              + ProjectLinks.BUILD.file("docs/bank-conventions.md")
              + "); if the file holds no questions, leave it out with exclude: [\""
              + document.path()
              + "\"]; 'qbank-lint outline "
              + document.path()
              + "' shows how the file is read"
              + (shapesElsewhere.isEmpty()
                  ? "."
                  : "; the other files of this run write questions as "
                      + shapesElsewhere.stream()
                          .map(QuestionShape::id)
                          .collect(Collectors.joining(", "))
                      + "."),
          severity);
    }
  }
}
