package io.github.qbanklint.core.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One suppression comment as written: {@code <!-- qbank-lint-disable RULE… -->} and its {@code
 * -enable}, {@code -disable-line}, {@code -disable-next-line} and {@code -disable-file} forms, with
 * the rule ids it names and where each id stands. Comments inside code do not count.
 *
 * @param directive {@code disable-file}, {@code disable-next-line}, {@code disable-line}, {@code
 *     disable} or {@code enable}
 * @param start offset of {@code <!--} in the document's text
 * @param end offset just after {@code -->}
 * @param rules the rule ids named, in order; empty when the comment applies to every rule
 */
public record SuppressionComment(String directive, int start, int end, List<RuleName> rules) {
  private static final Pattern DIRECTIVE =
      Pattern.compile(
          "<!--\\s*qbank-lint-(disable-file|disable-next-line|disable-line|disable|enable)\\b([^>]*?)-->");
  private static final Pattern ID = Pattern.compile("[^\\s,]+");

  /** A rule id named in a comment, and its offset in the document's text. */
  public record RuleName(String id, int start) {
    public int end() {
      return start + id.length();
    }
  }

  public SuppressionComment {
    rules = List.copyOf(rules);
  }

  /** The suppression comments of {@code document}, in the order they are written. */
  public static List<SuppressionComment> of(Document document) {
    return document.memo(SuppressionComment.class, SuppressionComment::find);
  }

  private static List<SuppressionComment> find(Document document) {
    List<SuppressionComment> found = new ArrayList<>();
    for (HtmlFragment fragment : document.htmlFragments()) {
      Matcher m = DIRECTIVE.matcher(fragment.html());
      while (m.find()) {
        int idsStart = fragment.start() + m.start(2);
        List<RuleName> rules = new ArrayList<>();
        // A comment nested in the ids is blanked, not removed, so offsets stay right.
        Matcher id = ID.matcher(HtmlScanner.withoutComments(m.group(2)));
        while (id.find()) {
          rules.add(new RuleName(id.group(), idsStart + id.start()));
        }
        found.add(
            new SuppressionComment(
                m.group(1), fragment.start() + m.start(), fragment.start() + m.end(), rules));
      }
    }
    return found;
  }
}
