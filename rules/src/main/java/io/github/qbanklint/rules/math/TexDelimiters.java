package io.github.qbanklint.rules.math;

import java.util.Set;

/** What may follow {@code \left}, {@code \right}, {@code \middle} and {@code \big…}. */
final class TexDelimiters {
  private static final String ASCII = "()[]<>/|.";
  private static final Set<String> COMMANDS =
      Set.of(
          "\\{",
          "\\}",
          "\\|",
          "\\langle",
          "\\rangle",
          "\\lvert",
          "\\rvert",
          "\\lVert",
          "\\rVert",
          "\\vert",
          "\\Vert",
          "\\lfloor",
          "\\rfloor",
          "\\lceil",
          "\\rceil",
          "\\lgroup",
          "\\rgroup",
          "\\lmoustache",
          "\\rmoustache",
          "\\uparrow",
          "\\downarrow",
          "\\updownarrow",
          "\\Uparrow",
          "\\Downarrow",
          "\\Updownarrow",
          "\\backslash",
          "\\lbrace",
          "\\rbrace",
          "\\lbrack",
          "\\rbrack",
          "\\lparen",
          "\\rparen",
          "\\lt",
          "\\gt",
          "\\ulcorner",
          "\\urcorner",
          "\\llcorner",
          "\\lrcorner",
          "\\llbracket",
          "\\rrbracket",
          "\\lBrace",
          "\\rBrace",
          "\\mid",
          "\\arrowvert",
          "\\Arrowvert",
          "\\bracevert",
          "\\lang",
          "\\rang",
          "\\lAngle",
          "\\rAngle",
          "\\llangle",
          "\\rrangle",
          "\\divides",
          "\\/");

  private TexDelimiters() {}

  static boolean isDelimiter(TexToken token) {
    if (token.is(TexToken.Type.COMMAND)) {
      return COMMANDS.contains(token.text());
    }
    if (!token.is(TexToken.Type.CHARACTER)) {
      return false;
    }
    String text = token.text();
    return text.codePointAt(0) > 127
        ? !Character.isLetterOrDigit(text.codePointAt(0))
        : ASCII.contains(text);
  }
}
