package io.github.qbanklint.rules.math;

import io.github.qbanklint.core.api.MathSettings;
import io.github.qbanklint.core.document.Document;
import java.util.ArrayList;
import java.util.List;

/**
 * Every math problem of a document under one set of math settings: delimiter problems from span
 * extraction, then each formula checked by {@link TexChecker} (one delimiter finding per formula:
 * {@code $\( x \)$} is one mistake) or, when it finds nothing, by {@link SuspiciousTex}, and
 * Markdown conflicts. Computed once per document; each math rule reports its own share.
 */
final class MathAnalysis {
  private MathAnalysis() {}

  static List<MathProblem> problems(Document document, MathSettings settings) {
    // A list of JDK values rather than a record as the key: a record's generated hashCode costs a
    // method-handle bootstrap on first use, tens of milliseconds of a cold start.
    List<Object> key =
        List.of(MathAnalysis.class, settings.profile(), settings.renderer(), settings.macros());
    return document.memo(key, d -> analyse(d, settings));
  }

  private static List<MathProblem> analyse(Document document, MathSettings settings) {
    MathProfile profile = MathProfile.of(settings.profile());
    MathSpans found = MathSpans.of(document, profile);
    List<MathProblem> problems = new ArrayList<>(found.problems());
    TexChecker.Macros macros =
        UserMacros.of(
            found.spans(), settings.macros(), KatexTables.forRenderer(settings.renderer()));
    CommandSuggestions suggestions = new CommandSuggestions();
    for (MathSpan span : found.spans()) {
      boolean markdownEscapes =
          profile.markdownSeesInlineMath()
              && (span.kind() == MathSpan.Kind.DOLLAR
                  || span.kind() == MathSpan.Kind.DOUBLE_DOLLAR);
      List<TexToken> tokens = TexLexer.tokens(span.tex());
      List<TexChecker.Issue> issues =
          TexChecker.check(
              span.tex(),
              tokens,
              span.display(),
              settings.renderer(),
              macros,
              suggestions,
              markdownEscapes);
      if (issues.isEmpty()) {
        issues = SuspiciousTex.find(tokens, span.display());
      }
      boolean delimiterReported = false;
      for (TexChecker.Issue issue : issues) {
        boolean delimiter = issue.ruleId().equals(MathSpanExtractor.DELIMITERS);
        if (!(delimiter && delimiterReported)) {
          problems.add(locate(span, issue));
        }
        delimiterReported |= delimiter;
      }
    }
    problems.addAll(MarkdownConflicts.find(document, found, profile));
    return List.copyOf(problems);
  }

  /** A formula's problem at its offending token in the file. */
  private static MathProblem locate(MathSpan span, TexChecker.Issue issue) {
    int start = span.offset(issue.start());
    int end = Math.max(start, span.offset(issue.end()));
    return new MathProblem(issue.ruleId(), start, end, issue.message());
  }
}
