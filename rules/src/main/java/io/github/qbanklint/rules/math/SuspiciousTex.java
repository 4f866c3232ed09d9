package io.github.qbanklint.rules.math;

import io.github.qbanklint.rules.math.TexChecker.Issue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What KaTeX renders without complaint but is almost surely a mistake: a {@code \\} in display math
 * outside any environment (KaTeX ignores it, so the lines run together), a parenthesis or bracket
 * left open or never opened, and a {@code \left.} … {@code \right.} pair that draws nothing. One
 * pass over the tokens of a formula the strict check accepted.
 */
final class SuspiciousTex {
  static final String RULE = "math-suspicious";

  private final List<TexToken> tokens;
  private final boolean display;
  private final List<Issue> issues = new ArrayList<>();
  private final Deque<TexToken> brackets = new ArrayDeque<>();
  private final Deque<Boolean> lefts = new ArrayDeque<>();
  private final Deque<TexToken> emptyLefts = new ArrayDeque<>();
  private TexToken unopened;
  private boolean lineBreakReported;

  private SuspiciousTex(List<TexToken> tokens, boolean display) {
    this.tokens = tokens;
    this.display = display;
  }

  /** The suspicious constructs of a formula, given as its {@link TexLexer} tokens. */
  static List<Issue> find(List<TexToken> tokens, boolean display) {
    SuspiciousTex scan = new SuspiciousTex(tokens, display);
    scan.run();
    return scan.issues;
  }

  private void run() {
    int braces = 0;
    int environments = 0;
    for (int i = 0; i < tokens.size(); i++) {
      TexToken token = tokens.get(i);
      switch (token.type()) {
        case OPEN_BRACE -> braces++;
        case CLOSE_BRACE -> braces--;
        case CHARACTER -> bracket(token);
        case COMMAND -> {
          String name = token.text();
          if (name.equals("\\begin")) {
            environments++;
          } else if (name.equals("\\end")) {
            environments--;
          } else if (name.equals("\\\\") && display && braces == 0 && environments == 0) {
            lineBreak(token);
          } else if (name.equals("\\left") || name.equals("\\right")) {
            i = leftRight(token, i);
          } else if (TexCommandClasses.BIG.contains(name) || name.equals("\\middle")) {
            i = delimiterAfter(i);
          }
        }
        default -> {}
      }
    }
    reportBrackets();
  }

  private void lineBreak(TexToken token) {
    if (!lineBreakReported) {
      lineBreakReported = true;
      issues.add(
          new Issue(
              RULE,
              token.start(),
              token.end(),
              "KaTeX ignores \\\\ in display math outside an environment, so these lines render"
                  + " as one: wrap them in \\begin{aligned} … \\end{aligned} (or {gathered})."));
    }
  }

  /** Pairs any opening bracket with any closing one, so that [0, 1) counts as closed. */
  private void bracket(TexToken token) {
    if (token.isChar('(') || token.isChar('[')) {
      brackets.push(token);
    } else if (token.isChar(')') || token.isChar(']')) {
      if (brackets.isEmpty()) {
        unopened = unopened == null ? token : unopened;
      } else {
        brackets.pop();
      }
    }
  }

  /** Reads the delimiter after {@code \left} or {@code \right}; returns the index it ends at. */
  private int leftRight(TexToken command, int index) {
    int delimiter = delimiterAfter(index);
    boolean empty = tokens.get(delimiter).isChar('.');
    if (command.text().equals("\\left")) {
      lefts.push(empty);
      if (empty) {
        emptyLefts.push(command);
      }
    } else if (!lefts.isEmpty()) {
      boolean leftEmpty = lefts.pop();
      if (leftEmpty) {
        TexToken left = emptyLefts.pop();
        if (empty) {
          issues.add(
              new Issue(
                  RULE,
                  left.start(),
                  left.end(),
                  "this \\left. … \\right. pair draws no delimiter and changes nothing: remove"
                      + " both."));
        }
      }
    }
    return delimiter;
  }

  private void reportBrackets() {
    TexToken unclosed = brackets.peekLast();
    if (unclosed != null && unopened == null) {
      issues.add(
          new Issue(
              RULE,
              unclosed.start(),
              unclosed.end(),
              "'"
                  + unclosed.text()
                  + "' is never closed in this formula: add the matching "
                  + (unclosed.isChar('(') ? "')'" : "']'")
                  + " where it ends."));
    } else if (unopened != null && unclosed == null) {
      issues.add(
          new Issue(
              RULE,
              unopened.start(),
              unopened.end(),
              "'"
                  + unopened.text()
                  + "' closes nothing in this formula: remove it or add the matching "
                  + (unopened.isChar(')') ? "'('" : "'['")
                  + "."));
    }
  }

  /** The index of the delimiter after the command at {@code index}, braced or not. */
  private int delimiterAfter(int index) {
    int i = skipSpaces(index + 1);
    return tokens.get(i).is(TexToken.Type.OPEN_BRACE) ? skipSpaces(i + 1) : i;
  }

  private int skipSpaces(int i) {
    while (tokens.get(i).is(TexToken.Type.SPACE)) {
      i++;
    }
    return i;
  }
}
