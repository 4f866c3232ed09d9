package io.github.qbanklint.rules.structure;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.Fix;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.LineIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Bold markers that CommonMark (and GitHub) do not render as meant because of the flanking rules,
 * as in the CJK case {@code **区别：**MLE}: a closing {@code **} after punctuation must be followed by
 * a space or punctuation. The {@code **} and {@code __} runs of a block are paired in writing
 * order, and every pair whose first run cannot open or whose second cannot close is a finding,
 * whether the parser left the runs literal or paired them with other runs (a later well-formed pair
 * on the line makes {@code **处理能力：**…**局部**} one nested bold span). Runs inside {@code $…$} math,
 * operators such as {@code 2**10} and underscores of names ({@code __iter__}) are not bold markers.
 * The offered fix moves punctuation outside the markers ({@code **区别**：MLE}) or adds the missing
 * space, and is offered only when the fixed line parses with the pair rendered.
 */
public final class BrokenEmphasisRule implements Rule {
  private static final char[] MARKERS = {'*', '_'};
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_]+");
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
    Document document = context.document();
    for (EmphasisRuns.BlockRuns block : EmphasisRuns.of(document)) {
      if (!brokenPairs(block, document.text()).isEmpty()) {
        EmphasisRuns.BlockRuns markdown = block.withoutFormulaRuns(document);
        brokenPairs(markdown, document.text()).forEach(pair -> checkPair(context, pair));
      }
    }
  }

  /**
   * The pairs, in writing order, that cannot render: the first run cannot open or the second cannot
   * close. A pair that can but did not is the victim of another pair's broken run, and renders once
   * that is fixed.
   */
  private static List<EmphasisRuns.Pair> brokenPairs(EmphasisRuns.BlockRuns block, String text) {
    List<EmphasisRuns.Pair> broken = new ArrayList<>();
    for (char marker : MARKERS) {
      for (EmphasisRuns.Pair p : block.pairs(marker)) {
        if (!canOpen(text, p.open()) || !canClose(text, p.close())) {
          broken.add(p);
        }
      }
    }
    return broken;
  }

  private static void checkPair(DocumentContext context, EmphasisRuns.Pair pair) {
    Document document = context.document();
    String text = document.text();
    EmphasisRuns.Run open = pair.open();
    EmphasisRuns.Run close = pair.close();
    String inner = text.substring(open.end(), close.start());
    if (inner.isBlank() || open.marker() == '_' && isName(text, open, close, inner)) {
      return;
    }
    String written = text.substring(open.start(), close.end());
    String marker = text.substring(open.start(), open.end());
    String problem =
        "'"
            + written
            + "' does not render as bold on GitHub: CommonMark's flanking rules keep these '"
            + marker
            + "' from pairing (a closing marker after punctuation must be followed by a"
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

  /** The pair with a space added before a marker that cannot open, after one that cannot close. */
  private static Optional<String> withSpaces(
      String text, EmphasisRuns.Run open, EmphasisRuns.Run close, String pair) {
    boolean before =
        !canOpen(text, open)
            && open.start() > 0
            && !Character.isWhitespace(text.charAt(open.start() - 1));
    boolean after =
        !canClose(text, close)
            && close.end() < text.length()
            && !Character.isWhitespace(text.charAt(close.end()));
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

  private static boolean canOpen(String text, EmphasisRuns.Run run) {
    return Flanking.canOpen(text, run.start(), run.end());
  }

  private static boolean canClose(String text, EmphasisRuns.Run run) {
    return Flanking.canClose(text, run.start(), run.end());
  }

  /**
   * Whether an underscore pair is part of a name rather than bold: around an identifier ({@code
   * __iter__}, {@code __init__}) or inside a word on both sides ({@code snake__case__name}).
   */
  private static boolean isName(
      String text, EmphasisRuns.Run open, EmphasisRuns.Run close, String inner) {
    return IDENTIFIER.matcher(inner).matches()
        || open.start() > 0
            && Character.isLetterOrDigit(text.codePointBefore(open.start()))
            && close.end() < text.length()
            && Character.isLetterOrDigit(text.codePointAt(close.end()));
  }
}
