package io.github.qbanklint.rules.math;

import io.github.qbanklint.rules.math.TexChecker.Issue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checker's position in a formula's tokens, the nesting depth, and the problems found so far.
 * Once nesting passes {@link #MAX_DEPTH} the cursor stops: it reads as the end of the formula and
 * reports nothing more, so the constructs being unwound add no noise.
 */
final class TexCursor {
  static final int MAX_DEPTH = 200;

  private final String tex;
  private final List<TexToken> tokens;
  private final List<Issue> issues = new ArrayList<>();
  private int pos;
  private int depth;
  private boolean stopped;

  /** A cursor at the start of {@code tokens}, the {@link TexLexer} tokens of {@code tex}. */
  TexCursor(String tex, List<TexToken> tokens) {
    this.tex = tex;
    this.tokens = tokens;
  }

  String tex() {
    return tex;
  }

  List<Issue> issues() {
    return issues;
  }

  int position() {
    return pos;
  }

  void reset(int position) {
    pos = position;
  }

  void advance() {
    pos++;
  }

  /** The token at an absolute position, or the end token past the last one. */
  TexToken tokenAt(int position) {
    return tokens.get(Math.min(position, tokens.size() - 1));
  }

  /** Skips the tokens that start at or before a formula position. */
  void skipThrough(int texIndex) {
    while (peek().start() <= texIndex && !peek().is(TexToken.Type.END)) {
      pos++;
    }
  }

  boolean stopped() {
    return stopped;
  }

  /** Ends the check silently: what follows can no longer be read as written. */
  void stop() {
    stopped = true;
  }

  TexToken peek() {
    return stopped ? tokens.get(tokens.size() - 1) : tokens.get(pos);
  }

  TexToken next() {
    TexToken token = peek();
    if (!token.is(TexToken.Type.END)) {
      pos++;
    }
    return token;
  }

  TexToken peekNonSpace() {
    skipSpaces();
    return peek();
  }

  void skipSpaces() {
    while (peek().is(TexToken.Type.SPACE)) {
      pos++;
    }
  }

  void syntax(TexToken at, String message) {
    report(new Issue(TexChecker.SYNTAX, at.start(), at.end(), message));
  }

  void syntax(int start, int end, String message) {
    report(new Issue(TexChecker.SYNTAX, start, end, message));
  }

  void delimiter(TexToken at, String message) {
    report(new Issue(MathSpanExtractor.DELIMITERS, at.start(), at.end(), message));
  }

  void unknown(TexToken at, String message) {
    report(new Issue(TexChecker.UNKNOWN, at.start(), at.end(), message));
  }

  /** Once the check has stopped, the constructs it unwinds from are not reported. */
  private void report(Issue issue) {
    if (!stopped) {
      issues.add(issue);
    }
  }

  boolean enter(TexToken at) {
    if (++depth > MAX_DEPTH) {
      if (!stopped) {
        syntax(at, "formula nested more than " + MAX_DEPTH + " levels deep: simplify it.");
      }
      stopped = true;
      return false;
    }
    return true;
  }

  void leave() {
    depth--;
  }

  /** The text of a brace group read without parsing; empty when the group is not closed. */
  Optional<String> rawGroup(TexToken owner) {
    TexToken open = peekNonSpace();
    if (!open.is(TexToken.Type.OPEN_BRACE)) {
      syntax(
          open.is(TexToken.Type.END) ? owner : open, owner.text() + " expects a {…} group here.");
      return Optional.empty();
    }
    pos++;
    StringBuilder text = new StringBuilder();
    int level = 1;
    while (true) {
      TexToken token = next();
      if (token.is(TexToken.Type.END)) {
        syntax(open, "'{' after " + owner.text() + " is never closed: add the matching '}'.");
        return Optional.empty();
      }
      if (token.is(TexToken.Type.OPEN_BRACE)) {
        level++;
      } else if (token.is(TexToken.Type.CLOSE_BRACE) && --level == 0) {
        return Optional.of(text.toString());
      }
      text.append(token.text());
    }
  }

  /** The text up to the matching {@code ]} at brace level 0; null (reported) when there is none. */
  String rawUntilBracket(TexToken open) {
    StringBuilder text = new StringBuilder();
    int level = 0;
    while (true) {
      TexToken token = next();
      if (token.is(TexToken.Type.END)) {
        syntax(open, "'[' is never closed: add ']'.");
        return null;
      }
      if (token.is(TexToken.Type.OPEN_BRACE)) {
        level++;
      } else if (token.is(TexToken.Type.CLOSE_BRACE)) {
        level--;
      } else if (level == 0 && token.isChar(']')) {
        return text.toString();
      }
      text.append(token.text());
    }
  }
}
