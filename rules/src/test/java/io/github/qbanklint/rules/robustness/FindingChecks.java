package io.github.qbanklint.rules.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.TextEdit;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.LineIndex;
import io.github.qbanklint.core.engine.LintResult;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What every lint result must satisfy, whatever the input. */
public final class FindingChecks {
  private FindingChecks() {}

  /**
   * No internal error; every finding names one of {@code documents} and lies inside it (1-based
   * lines within the text, columns at most one past the line's last code point, end not before
   * start); every fix edits inside the text without overlapping.
   */
  public static void assertSound(LintResult result, List<Document> documents, String context) {
    assertThat(result.hasInternalErrors())
        .as("internal error, %s:%n%s", context, String.join("\n", result.stackTraces()))
        .isFalse();
    Map<String, Document> byPath =
        documents.stream().collect(Collectors.toMap(Document::path, Function.identity()));
    for (Finding f : result.findings()) {
      Document document = byPath.get(f.path());
      assertThat(document).as("%s names an unknown path, %s", f, context).isNotNull();
      LineIndex lines = document.lineIndex();
      assertThat(f.line()).as("line of %s, %s", f, context).isBetween(1, lines.lineCount());
      assertThat(f.endLine())
          .as("end line of %s, %s", f, context)
          .isBetween(f.line(), lines.lineCount());
      assertThat(f.column())
          .as("column of %s, %s", f, context)
          .isBetween(1, lastColumn(lines, f.line()));
      assertThat(f.endColumn())
          .as("end column of %s, %s", f, context)
          .isBetween(1, lastColumn(lines, f.endLine()));
      if (f.line() == f.endLine()) {
        assertThat(f.endColumn())
            .as("end before start in %s, %s", f, context)
            .isGreaterThanOrEqualTo(f.column());
      }
      f.fix()
          .ifPresent(fix -> assertEditsInside(fix.edits(), document.text().length(), f, context));
    }
  }

  private static int lastColumn(LineIndex lines, int line) {
    String text = lines.lineText(line);
    return text.codePointCount(0, text.length()) + 1;
  }

  private static void assertEditsInside(
      List<TextEdit> edits, int length, Finding f, String context) {
    List<TextEdit> sorted =
        edits.stream().sorted(Comparator.comparingInt(TextEdit::start)).toList();
    for (int i = 0; i < sorted.size(); i++) {
      TextEdit edit = sorted.get(i);
      assertThat(edit.end())
          .as("fix edit %s of %s outside the text, %s", edit, f, context)
          .isLessThanOrEqualTo(length);
      if (i > 0) {
        assertThat(edit.start())
            .as("overlapping fix edits in %s, %s", f, context)
            .isGreaterThanOrEqualTo(sorted.get(i - 1).end());
      }
    }
  }
}
