package io.github.qbanklint.rules.math;

import java.util.Set;

/**
 * Arguments KaTeX reads without parsing them as math: colours, sizes, URLs, macro arguments, the
 * text of {@code \verb} and the code after {@code \char}.
 */
final class SpecialArguments {
  private final TexCursor in;

  SpecialArguments(TexCursor in) {
    this.in = in;
  }

  /** A colour, URL or macro argument: braces balanced, content not parsed as math. */
  boolean specialArgument(TexToken owner, int index) {
    TexToken open = in.peekNonSpace();
    if (!open.is(TexToken.Type.OPEN_BRACE)) {
      if (open.is(TexToken.Type.END) || open.is(TexToken.Type.CLOSE_BRACE)) {
        return false;
      }
      if (TexCommandClasses.COLOR_ARGUMENTS.containsKey(owner.text())) {
        in.syntax(open, owner.text() + " expects its colour in braces: " + owner.text() + "{red}.");
        in.advance();
        return true;
      }
      in.advance();
      return true;
    }
    String content = in.rawGroup(owner).orElse(null);
    if (content != null
        && TexCommandClasses.COLOR_ARGUMENTS.getOrDefault(owner.text(), Set.of()).contains(index)
        && !TexArguments.isColor(content)) {
      in.syntax(open, "'" + content + "' is not a colour: use a name (red) or #rgb / #rrggbb.");
    }
    return true;
  }

  boolean sizeArgument(TexToken owner, boolean emptyAllowed) {
    TexToken open = in.peekNonSpace();
    if (!open.is(TexToken.Type.OPEN_BRACE)) {
      if (open.is(TexToken.Type.END) || open.is(TexToken.Type.CLOSE_BRACE)) {
        return false;
      }
      in.advance();
      in.syntax(open, owner.text() + " expects a size in braces, such as {1em}.");
      return true;
    }
    in.rawGroup(owner)
        .filter(size -> !(emptyAllowed && size.isBlank()) && !TexArguments.isSize(size))
        .ifPresent(
            size ->
                in.syntax(
                    open,
                    "'"
                        + size
                        + "' is not a size: write a number and a unit, such as 1em or 2pt."));
    return true;
  }

  /** A size after {@code \kern} and kin, braced or not ({@code \kern1em}). */
  boolean looseSize(TexToken owner) {
    TexToken first = in.peekNonSpace();
    if (first.is(TexToken.Type.OPEN_BRACE)) {
      return sizeArgument(owner, false);
    }
    if (first.is(TexToken.Type.END)) {
      return false;
    }
    StringBuilder text = new StringBuilder();
    int end = in.position();
    while (text.length() < 32
        && (in.tokenAt(end).is(TexToken.Type.CHARACTER)
            || in.tokenAt(end).is(TexToken.Type.SPACE))) {
      text.append(in.tokenAt(end++).text());
    }
    int length = TexArguments.sizePrefix(text.toString());
    if (length < 0) {
      in.syntax(first, owner.text() + " needs a size, such as " + owner.text() + "{1em}.");
      return true;
    }
    int consumed = 0;
    while (consumed < length) {
      consumed += in.next().text().length();
    }
    return true;
  }

  void verb(TexToken token) {
    int start = token.end();
    if (start >= in.tex().length()) {
      in.syntax(token, "\\verb needs a delimiter and text, as in \\verb|text|.");
      return;
    }
    char delimiter = in.tex().charAt(start);
    int close = start + 1;
    while (close < in.tex().length()
        && in.tex().charAt(close) != delimiter
        && in.tex().charAt(close) != '\n') {
      close++;
    }
    if (close >= in.tex().length() || in.tex().charAt(close) != delimiter) {
      in.syntax(
          token,
          "\\verb"
              + delimiter
              + " is not closed on the same line: add the closing "
              + delimiter
              + ".");
      close = Math.min(close, in.tex().length() - 1);
    }
    in.skipThrough(close);
  }

  void charCode(TexToken token) {
    TexToken first = in.peek();
    String digits;
    if (first.isChar('`')) {
      in.advance();
      if (in.peek().is(TexToken.Type.END)) {
        in.syntax(token, "\\char` needs a character after it.");
      } else {
        in.advance();
      }
      return;
    } else if (first.is(TexToken.Type.PRIME)) {
      in.advance();
      digits = "01234567";
    } else if (first.isChar('"')) {
      in.advance();
      digits = "0123456789abcdefABCDEF";
    } else {
      digits = "0123456789";
    }
    int count = 0;
    while (in.peek().is(TexToken.Type.CHARACTER) && digits.contains(in.peek().text())) {
      in.advance();
      count++;
    }
    if (count == 0) {
      in.syntax(token, "\\char needs a character code, such as \\char37 or \\char\"25.");
    }
  }
}
