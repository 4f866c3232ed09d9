package io.github.qbanklint.rules.answers;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.OptionSpec;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.bank.AnswerLength;
import io.github.qbanklint.core.bank.Question;
import io.github.qbanklint.core.bank.ThinAnswer;
import java.util.List;

/**
 * An answer that exists but says almost nothing: shorter than {@code minLength} units, or only a
 * link, an image or a pointer such as {@code 见上文}. What is thin is {@link ThinAnswer}'s, which the
 * unanswered report's thin list shares with its setting.
 */
public final class ThinAnswerRule implements Rule {
  /** Far above any answer worth the name: a larger minLength is a slip of the keyboard. */
  private static final int MAX_MIN_LENGTH = 10_000;

  private static final RuleMeta META =
      RuleMeta.builder(ThinAnswer.RULE_ID)
          .family("answers")
          .summary("An answer says almost nothing: a few words, or only a link, an image or 见上文.")
          .severity(Severity.INFO)
          .tags("answers")
          .option(
              OptionSpec.integer(
                  ThinAnswer.MIN_LENGTH,
                  ThinAnswer.DEFAULT_MIN_LENGTH,
                  0,
                  MAX_MIN_LENGTH,
                  "answers shorter than this many units (a CJK character or a word each) are"
                      + " thin; report --thin-below sets it for one report"))
          .option(
              OptionSpec.regexList(
                  ThinAnswer.EXCLUDE,
                  List.of(),
                  "regexes: a question whose text one of them finds is never thin"))
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DocumentContext context) {
    ThinAnswer thin =
        ThinAnswer.of(
            context.options().getInt(ThinAnswer.MIN_LENGTH),
            context.options().getStringList(ThinAnswer.EXCLUDE));
    for (Question q : context.bank().questions()) {
      AnswerLength length = q.answerLength();
      thin.problem(q.text(), q.answered(), length)
          .ifPresent(
              problem ->
                  context.report(
                      q.start(),
                      q.end(),
                      q.quoted()
                          + ": the answer "
                          + problem
                          + "; "
                          + advice(length.form())
                          + " (or skip such questions with the rule's "
                          + ThinAnswer.EXCLUDE
                          + " option)."));
    }
  }

  private static String advice(AnswerLength.Form form) {
    return switch (form) {
      case TEXT, CHOICE -> "write a fuller answer";
      case ONLY_LINK -> "sum up what the link says, keeping the link as a source";
      case ONLY_IMAGE -> "say in words what the image shows";
      case ONLY_POINTER -> "write the answer out, or link to it from a sentence that sums it up";
    };
  }
}
