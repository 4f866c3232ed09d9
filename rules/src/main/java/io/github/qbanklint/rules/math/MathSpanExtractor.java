package io.github.qbanklint.rules.math;

import io.github.qbanklint.core.document.Document;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;

/**
 * Finds the formulas of a document the way the profile's renderer does: in the source text of each
 * block's inline content (paragraphs, headings, table cells), with code spans, raw HTML and link
 * destinations masked, plus {@code ```math} blocks. Working from source text rather than from the
 * tree's text nodes matters: commonmark has already turned {@code _…_} inside a formula into
 * emphasis and dropped the backslash of {@code \{}. Linear in the size of the document.
 */
final class MathSpanExtractor {
  static final String DELIMITERS = "math-delimiters";
  private static final Pattern CLOSING_FENCE = Pattern.compile("[ ]{0,3}(`{3,}|~{3,})[ \\t]*");

  private final Document document;
  private final MathProfile profile;
  private final List<MathSpan> spans = new ArrayList<>();
  private final List<MathProblem> problems = new ArrayList<>();
  private final List<Node> markup = new ArrayList<>();

  /**
   * A {@code $$} alone at the start of a line whose paragraph ends before any closing {@code $$}:
   * the next block decides whether a blank line split the formula or Markdown was swallowed.
   */
  private record OpenDisplay(Node paragraph, int open, int contentStart) {}

  private OpenDisplay openDisplay;
  private final NextChar nextDollar;
  private final NextChar nextBackslash;

  MathSpanExtractor(Document document, MathProfile profile) {
    this.document = document;
    this.profile = profile;
    this.nextDollar = new NextChar(document.text(), '$');
    this.nextBackslash = new NextChar(document.text(), '\\');
  }

  MathSpans extract() {
    NodeWalk.descendants(document.root(), this::visit);
    if (openDisplay != null) {
      reportUnclosedDisplay("");
    }
    spans.sort(Comparator.comparingInt(MathSpan::start));
    return new MathSpans(List.copyOf(spans), List.copyOf(problems), List.copyOf(markup));
  }

  /** Handles one block; false when its children need no visit of their own. */
  private boolean visit(Node node) {
    if (openDisplay != null && node instanceof Block && node != openDisplay.paragraph()) {
      followOpenDisplay(node);
    }
    if (node instanceof FencedCodeBlock fence) {
      mathFence(fence);
      return false;
    }
    if (node instanceof Block && holdsInlines(node)) {
      container(node);
      return false;
    }
    return true;
  }

  /**
   * The block after an unclosed display {@code $$}: a paragraph with a {@code $$} closes it across
   * a blank line (which remark-math and VS Code accept, GitHub and pandoc do not); anything else is
   * Markdown the renderer swallows into the formula.
   */
  private void followOpenDisplay(Node next) {
    int start = Document.startOffset(next);
    if (next instanceof Paragraph && start >= 0 && holdsDoubleDollar(next)) {
      return; // its scan closes the formula
    }
    reportUnclosedDisplay(
        start < 0
            ? ""
            : ": the renderer swallows the Markdown from line "
                + document.line(start)
                + " on into the formula; add the closing '$$' before it");
  }

  private boolean holdsDoubleDollar(Node block) {
    return document
        .text()
        .substring(Document.startOffset(block), Document.endOffset(block))
        .contains("$$");
  }

  private void reportUnclosedDisplay(String swallowed) {
    int open = openDisplay.open();
    openDisplay = null;
    problems.add(
        new MathProblem(
            DELIMITERS,
            open,
            open + 2,
            "'$$' opens a formula that is never closed"
                + (swallowed.isEmpty() ? ": add the closing '$$'." : swallowed + ".")));
  }

  private static boolean holdsInlines(Node node) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (!(child instanceof Block)) {
        return true;
      }
    }
    return false;
  }

  private void mathFence(FencedCodeBlock fence) {
    String info = fence.getInfo() == null ? "" : fence.getInfo().strip();
    List<SourceSpan> lines = fence.getSourceSpans();
    if (!info.split("\\s+", 2)[0].equals("math") || lines.isEmpty()) {
      return;
    }
    int last = lines.size() - 1;
    if (last > 0 && CLOSING_FENCE.matcher(spanText(lines.get(last))).matches()) {
      last--;
    }
    int start = Document.startOffset(fence);
    int end = Document.endOffset(fence);
    List<SourceSpan> content = lines.subList(1, last + 1);
    int contentStart = content.isEmpty() ? end : content.get(0).getInputIndex();
    SourceView view = SourceView.of(document, content, contentStart, end);
    spans.add(
        new MathSpan(
            MathSpan.Kind.FENCE,
            true,
            view.text(0, view.length()),
            view.offsets(0, view.length()),
            start,
            end));
  }

  private String spanText(SourceSpan span) {
    return document.text().substring(span.getInputIndex(), span.getInputIndex() + span.getLength());
  }

  private void container(Node block) {
    Node first = block.getFirstChild();
    Node last = block.getLastChild();
    int from = Document.startOffset(first);
    int to = Document.endOffset(last);
    if (from < 0 || to < 0 || !mayHoldMath(from, to)) {
      return;
    }
    SourceView view = SourceView.of(document, block.getSourceSpans(), from, to);
    NodeWalk.descendants(block, child -> mask(view, child));
    new ContainerScan(view, block).run();
  }

  /**
   * Every delimiter starts with a dollar or a backslash; most blocks have neither. The next of each
   * is kept from one block to the next, so that the document is searched about once.
   */
  private boolean mayHoldMath(int from, int to) {
    return nextDollar.from(from) < to || nextBackslash.from(from) < to;
  }

  /**
   * Masks what in one inline node can hold no delimiter and keeps the markup Markdown conflicts are
   * made of; true to go on into its children.
   */
  private boolean mask(SourceView view, Node node) {
    boolean markupNode =
        node instanceof Emphasis || node instanceof StrongEmphasis || node instanceof HtmlInline;
    boolean masks =
        node instanceof Code
            || node instanceof HtmlInline
            || node instanceof Link
            || node instanceof Image;
    int start = markupNode || masks ? Document.startOffset(node) : -1;
    if (start < 0) {
      return true;
    }
    if (markupNode) {
      markup.add(node);
    }
    int end = Document.endOffset(node);
    if (node instanceof Code code) {
      if (!backtickMath(view, code, start, end)) {
        view.mask(start, end);
      }
      return false;
    }
    if (node instanceof HtmlInline) {
      view.mask(start, end);
      return false;
    }
    if (node instanceof Link || node instanceof Image) {
      char first = document.text().charAt(start);
      Node lastChild = node.getLastChild();
      int textEnd = lastChild == null ? -1 : Document.endOffset(lastChild);
      view.mask(first == '[' || first == '!' ? Math.max(textEnd, start + 1) : start, end);
    }
    return true;
  }

  /** {@code $`…`$}: a code span with a dollar on each side, math under GitHub and VS Code. */
  private boolean backtickMath(SourceView view, Code code, int start, int end) {
    String text = document.text();
    if (!profile.backtickMath()
        || start == 0
        || end >= text.length()
        || text.charAt(start - 1) != '$'
        || text.charAt(end) != '$') {
      return false;
    }
    int before = view.indexOf(start - 1);
    if (before >= view.length() || view.offset(before) != start - 1 || escaped(view, before)) {
      return false;
    }
    int ticks = 0;
    while (start + ticks < end && text.charAt(start + ticks) == '`') {
      ticks++;
    }
    int from = view.indexOf(start + ticks);
    int to = view.indexOf(end - ticks);
    spans.add(
        new MathSpan(
            MathSpan.Kind.BACKTICK,
            false,
            view.text(from, to),
            view.offsets(from, to),
            start - 1,
            end + 1));
    view.mask(start - 1, end + 1);
    return true;
  }

  private static boolean escaped(SourceView view, int i) {
    int backslashes = 0;
    for (int j = i - 1; j >= 0 && view.charAt(j) == '\\' && !view.masked(j); j--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  /** One container: dollar runs, their pairing, and {@code \( … \)} in the text around. */
  private final class ContainerScan {
    private final SourceView view;
    private final Node block;
    private final boolean[] inMath;
    private int[] runStart = new int[16];
    private int[] runLength = new int[16];
    private int runs;
    private boolean[] texBeforeSpace;
    private int[] nextClosingEscape;

    ContainerScan(SourceView view, Node block) {
      this.view = view;
      this.block = block;
      this.inMath = new boolean[view.length()];
    }

    void run() {
      findDollarRuns();
      pairDollars(closeOpenDisplay());
      findTexDelimitersInText();
    }

    /**
     * Closes the display formula a previous paragraph left open with this one's first {@code $$};
     * returns the dollar run to go on from.
     */
    private int closeOpenDisplay() {
      if (openDisplay == null) {
        return 0;
      }
      int k = 0;
      while (k < runs && runLength[k] != 2) {
        k++;
      }
      if (k == runs) {
        reportUnclosedDisplay(""); // the $$ was in code or escaped
        return 0;
      }
      OpenDisplay open = openDisplay;
      openDisplay = null;
      int close = view.offset(runStart[k]);
      Arrays.fill(inMath, 0, runStart[k] + 2, true);
      if (profile.displayMayHoldBlankLines()) {
        String tex = document.text().substring(open.contentStart(), close);
        int[] offsets = new int[tex.length() + 1];
        Arrays.setAll(offsets, i -> open.contentStart() + i);
        spans.add(
            new MathSpan(MathSpan.Kind.DOUBLE_DOLLAR, true, tex, offsets, open.open(), close + 2));
      } else {
        problems.add(
            new MathProblem(
                DELIMITERS,
                open.open(),
                open.open() + 2,
                "'$$' opens a formula that a blank line ends before its closing '$$' on line "
                    + document.line(close)
                    + ": the renderer allows no blank line inside display math; remove it."));
      }
      return k + 1;
    }

    private void findDollarRuns() {
      int n = view.length();
      for (int i = 0; i < n; i++) {
        char c = view.charAt(i);
        if (view.masked(i)) {
          continue;
        }
        if (c == '\\' && i + 1 < n && isAsciiPunctuation(view.charAt(i + 1))) {
          i++;
        } else if (c == '$') {
          int j = i;
          while (j < n && view.charAt(j) == '$' && !view.masked(j)) {
            j++;
          }
          addRun(i, j - i);
          i = j - 1;
        }
      }
    }

    private void addRun(int start, int length) {
      if (runs == runStart.length) {
        runStart = Arrays.copyOf(runStart, runs * 2);
        runLength = Arrays.copyOf(runLength, runs * 2);
      }
      runStart[runs] = start;
      runLength[runs++] = length;
    }

    private void pairDollars(int first) {
      CharSequence chars = view.chars();
      int[] nextCloser = new int[runs + 1];
      int[] nextDouble = new int[runs + 1];
      nextCloser[runs] = -1;
      nextDouble[runs] = -1;
      for (int k = runs - 1; k >= 0; k--) {
        boolean single = runLength[k] == 1;
        nextCloser[k] = single && profile.canClose(chars, runStart[k]) ? k : nextCloser[k + 1];
        nextDouble[k] = runLength[k] == 2 ? k : nextDouble[k + 1];
      }
      int k = first;
      while (k < runs) {
        int at = runStart[k];
        if (runLength[k] == 1 && profile.canOpen(chars, at)) {
          int close = nextCloser[k + 1];
          int escaped = closingEscape(at + 1);
          if (escaped >= 0 && (close < 0 || escaped < runStart[close])) {
            closeAtEscape(at, escaped);
            while (k < runs && runStart[k] < escaped + 2) {
              k++;
            }
            continue;
          }
          if (close >= 0) {
            addSpan(MathSpan.Kind.DOLLAR, false, at, 1, runStart[close]);
            k = close + 1;
            continue;
          }
          if (looksLikeTex(at + 1)) {
            report(
                at,
                at + 1,
                "'$' opens a formula that is never closed: add the closing '$'"
                    + " (or write '\\$' for a literal dollar sign).");
          }
        } else if (runLength[k] == 2) {
          int close = nextDouble[k + 1];
          if (close < 0 && opensDisplayBlock(at)) {
            openDisplay = new OpenDisplay(block, view.offset(at), view.offset(at + 1) + 1);
            return;
          }
          if (close < 0) {
            report(at, at + 2, "'$$' opens a formula that is never closed: add the closing '$$'.");
            return;
          }
          boolean block = at == 0 && at + 2 < view.length() && view.charAt(at + 2) == '\n';
          addSpan(
              MathSpan.Kind.DOUBLE_DOLLAR,
              profile.doubleDollarIsDisplay() || block,
              at,
              2,
              runStart[close]);
          k = close + 1;
          continue;
        }
        k++;
      }
    }

    /**
     * The first {@code \$} at or after {@code from} that looks like the formula's closing dollar
     * with a backslash typed before it ({@code … dx \$}): after a character of the formula, at the
     * end of a word and not right before another dollar ({@code $a \$$} ends with a dollar sign).
     * -1 when there is none. Precomputed right to left.
     */
    private int closingEscape(int from) {
      if (nextClosingEscape == null) {
        nextClosingEscape = new int[view.length() + 1];
        nextClosingEscape[view.length()] = -1;
        for (int i = view.length() - 1; i >= 0; i--) {
          nextClosingEscape[i] = isClosingEscape(i) ? i : nextClosingEscape[i + 1];
        }
      }
      return nextClosingEscape[from];
    }

    private boolean isClosingEscape(int i) {
      if (i + 1 >= view.length()
          || view.charAt(i) != '\\'
          || view.charAt(i + 1) != '$'
          || view.masked(i)
          || (i > 0 && view.charAt(i - 1) == '\\')) {
        return false;
      }
      char after = i + 2 < view.length() ? view.charAt(i + 2) : ' ';
      boolean goesOn = after == '$' || (after < 128 && Character.isLetterOrDigit(after));
      return i > 0 && view.charAt(i - 1) != '$' && !goesOn;
    }

    /**
     * The formula as its author meant it, ending before the escaped dollar, which is reported as
     * the broken delimiter it is; the formulas after it pair as written instead of inside out.
     */
    private void closeAtEscape(int open, int backslash) {
      Arrays.fill(inMath, open, backslash + 2, true);
      spans.add(
          new MathSpan(
              MathSpan.Kind.DOLLAR,
              false,
              view.text(open + 1, backslash),
              view.offsets(open + 1, backslash),
              view.offset(open),
              view.offset(backslash - 1) + 1));
      report(
          backslash,
          backslash + 2,
          "the backslash makes this '\\$' a literal dollar sign, so the formula that opens at"
              + " column "
              + document.column(view.offset(open))
              + " does not end here: remove the backslash.");
    }

    /** {@code $$} alone on its line, as a display block starts. */
    private boolean opensDisplayBlock(int at) {
      boolean lineStart = at == 0 || view.charAt(at - 1) == '\n';
      return lineStart && (at + 2 == view.length() || view.charAt(at + 2) == '\n');
    }

    private void addSpan(MathSpan.Kind kind, boolean display, int open, int width, int close) {
      Arrays.fill(inMath, open, close + width, true);
      spans.add(
          new MathSpan(
              kind,
              display,
              view.text(open + width, close),
              view.offsets(open + width, close),
              view.offset(open),
              view.offset(close + width - 1) + 1));
    }

    /**
     * Currency and shell variables stay text; a formula that lost its closing dollar does not: TeX
     * ({@code \\name}, {@code ^}, a brace) before the next space. Precomputed right to left so that
     * a long word full of unmatched dollars stays linear.
     */
    private boolean looksLikeTex(int from) {
      if (texBeforeSpace == null) {
        texBeforeSpace = new boolean[view.length() + 1];
        for (int i = view.length() - 1; i >= 0; i--) {
          char c = view.charAt(i);
          boolean command = c == '\\' && i + 1 < view.length() && isAsciiLetter(view.charAt(i + 1));
          texBeforeSpace[i] =
              !Character.isWhitespace(c)
                  && (command || c == '^' || c == '{' || c == '}' || texBeforeSpace[i + 1]);
        }
      }
      return texBeforeSpace[from];
    }

    /** {@code \( … \)} in text, which these renderers show as {@code ( … )}. */
    private void findTexDelimitersInText() {
      int open = -1;
      char expected = 0;
      int n = view.length();
      for (int i = 0; i + 1 < n; i++) {
        if (view.masked(i) || inMath[i] || view.charAt(i) != '\\') {
          continue;
        }
        char next = view.charAt(i + 1);
        if (open < 0 && (next == '(' || next == '[')) {
          open = i;
          expected = next == '(' ? ')' : ']';
        } else if (open >= 0 && next == expected && !view.masked(i + 1)) {
          if (expected == ')' || looksLikeTexBetween(open + 2, i)) {
            reportTexDelimiters(open, i + 2, expected);
          }
          open = -1;
        }
        i++;
      }
    }

    private boolean looksLikeTexBetween(int from, int to) {
      for (int i = from; i < to; i++) {
        char c = view.charAt(i);
        if (c == '^'
            || c == '_'
            || (c == '\\' && i + 1 < to && isAsciiLetter(view.charAt(i + 1)))) {
          return true;
        }
      }
      return false;
    }

    private void reportTexDelimiters(int from, int to, char closing) {
      String pair = closing == ')' ? "\\( … \\)" : "\\[ … \\]";
      String fix = closing == ')' ? "$…$" : "$$…$$";
      report(
          from,
          to,
          pair
              + " is not a math delimiter here: the renderer shows the text with plain"
              + " brackets. Write the formula as "
              + fix
              + ".");
    }

    private void report(int from, int to, String message) {
      problems.add(
          new MathProblem(DELIMITERS, view.offset(from), view.offset(to - 1) + 1, message));
    }
  }

  static boolean isAsciiPunctuation(char c) {
    return c < 128 && c > 32 && !Character.isLetterOrDigit(c);
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
