package io.github.qbanklint.rules.structure;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.Fix;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.LineIndex;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Bold markers that CommonMark (and GitHub) do not render as meant because of the flanking rules,
 * as in the CJK case {@code **区别：**MLE}: a closing {@code **} after punctuation must be followed by
 * a space or punctuation. A block is checked when the parsed tree left a {@code **} or {@code __}
 * run as literal text; its runs are then paired in writing order, and every pair that did not
 * become one strong-emphasis node is a finding. The offered fix moves punctuation outside the
 * markers ({@code **区别**：MLE}) or adds the missing space, and is offered only when the fixed line
 * parses with the pair rendered.
 */
public final class BrokenEmphasisRule implements Rule {
  private static final RuleMeta META =
      RuleMeta.builder("broken-emphasis")
          .family("structure")
          .summary("Bold markers that GitHub shows literally (flanking rules, as in **标题：**正文).")
          .severity(Severity.WARNING)
          .fixable()
          .tags("structure", "markdown")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DocumentContext context) {
    for (EmphasisRuns.BlockRuns block : EmphasisRuns.of(context.document())) {
      if (!block.hasLiteral()) {
        continue;
      }
      for (char marker : new char[] {'*', '_'}) {
        List<EmphasisRuns.Run> runs =
            block.runs().stream().filter(r -> r.marker() == marker).toList();
        for (int i = 0; i + 1 < runs.size(); i += 2) {
          EmphasisRuns.Run open = runs.get(i);
          EmphasisRuns.Run close = runs.get(i + 1);
          if (!block.rendersStrong(open.start(), close.end())) {
            checkPair(context, open, close);
          }
        }
      }
    }
  }

  private static void checkPair(
      DocumentContext context, EmphasisRuns.Run open, EmphasisRuns.Run close) {
    Document document = context.document();
    String text = document.text();
    String inner = text.substring(open.end(), close.start());
    if (inner.isBlank() || open.marker() == '_' && !atWordBoundary(text, open, close)) {
      return; // snake__case__names and the like are meant literally
    }
    String written = text.substring(open.start(), close.end());
    String marker = text.substring(open.start(), open.end());
    String problem =
        "'"
            + written
            + "' does not render as bold on GitHub: CommonMark's flanking rules leave '"
            + marker
            + "' literal here (a closing marker after punctuation must be followed by a"
            + " space or punctuation, an opening one before punctuation must follow one)";
    Optional<String> repaired =
        Stream.of(movePunctuationOut(inner), withSpaces(text, open, close, "**" + inner + "**"))
            .flatMap(Optional::stream)
            .filter(r -> renders(document, open, close, r))
            .findFirst();
    if (repaired.isPresent()) {
      context.report(
          open.start(),
          close.end(),
          problem + "; write '" + repaired.get() + "'.",
          Fix.replace("make the bold render", open.start(), close.end(), repaired.get()));
    } else {
      context.report(
          open.start(),
          close.end(),
          problem
              + "; move punctuation outside the markers or add a space, or escape them (\\*\\*).");
    }
  }

  /** {@code 区别：} becomes {@code **区别**：}: punctuation at either end moved out of the markers. */
  private static Optional<String> movePunctuationOut(String inner) {
    int from = 0;
    int to = inner.length();
    while (from < to && movable(inner.charAt(from), inner.substring(from + 1, to), true)) {
      from++;
    }
    while (to > from && movable(inner.charAt(to - 1), inner.substring(from, to - 1), false)) {
      to--;
    }
    if (from == to || from == 0 && to == inner.length()) {
      return Optional.empty();
    }
    return Optional.of(
        inner.substring(0, from) + "**" + inner.substring(from, to) + "**" + inner.substring(to));
  }

  /** The pair with a space added before and after it where text touches it. */
  private static Optional<String> withSpaces(
      String text, EmphasisRuns.Run open, EmphasisRuns.Run close, String pair) {
    boolean before = open.start() > 0 && !Character.isWhitespace(text.charAt(open.start() - 1));
    boolean after =
        close.end() < text.length() && !Character.isWhitespace(text.charAt(close.end()));
    return before || after
        ? Optional.of((before ? " " : "") + pair + (after ? " " : ""))
        : Optional.empty();
  }

  /** Whether the repaired pair, put back into its lines and parsed, is one strong-emphasis node. */
  private static boolean renders(
      Document document, EmphasisRuns.Run open, EmphasisRuns.Run close, String repaired) {
    LineIndex lines = document.lineIndex();
    String text = document.text();
    int from = lines.lineStart(lines.line(open.start()));
    while (from < open.start() && (text.charAt(from) == ' ' || text.charAt(from) == '\t')) {
      from++; // an indented line alone would be code
    }
    int to = lines.lineEnd(lines.line(close.end()));
    String snippet =
        text.substring(from, open.start()) + repaired + text.substring(close.end(), to);
    int start = open.start() - from + repaired.indexOf("**");
    int end = open.start() - from + repaired.lastIndexOf("**") + 2;
    return EmphasisRuns.of(Document.of("snippet.md", snippet)).stream()
        .anyMatch(b -> b.rendersStrong(start, end));
  }

  /**
   * Spaces and punctuation may move out, but not markup characters, and not one half of a bracket
   * or quote pair whose other half stays inside.
   */
  private static boolean movable(char c, String rest, boolean leading) {
    if (Character.isWhitespace(c)) {
      return true;
    }
    if ("`*_[]()$<>!\\".indexOf(c) >= 0) {
      return false;
    }
    int type = Character.getType(c);
    boolean opening =
        type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION;
    boolean closing =
        type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
    if (leading && opening) {
      return rest.chars().noneMatch(BrokenEmphasisRule::isClosing);
    }
    if (!leading && closing) {
      return rest.chars().noneMatch(BrokenEmphasisRule::isOpening);
    }
    return type == Character.CONNECTOR_PUNCTUATION
        || type == Character.DASH_PUNCTUATION
        || type == Character.OTHER_PUNCTUATION
        || opening
        || closing;
  }

  private static boolean isOpening(int c) {
    int type = Character.getType(c);
    return type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION;
  }

  private static boolean isClosing(int c) {
    int type = Character.getType(c);
    return type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
  }

  private static boolean atWordBoundary(
      String text, EmphasisRuns.Run open, EmphasisRuns.Run close) {
    return open.start() == 0
        || !Character.isLetterOrDigit(text.codePointBefore(open.start()))
        || close.end() == text.length()
        || !Character.isLetterOrDigit(text.codePointAt(close.end()));
  }
}
