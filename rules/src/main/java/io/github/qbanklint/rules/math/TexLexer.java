package io.github.qbanklint.rules.math;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a formula into TeX tokens the way KaTeX's lexer does: control words ({@code \alpha},
 * letters and {@code @}), control symbols ({@code \\}, {@code \{}), the special characters, and
 * one token per other code point with the combining accents after it. Comments ({@code %} to the end of the line) are dropped; runs of
 * white space become one space token.
 */
final class TexLexer {
  /** The text of each ASCII character token, shared: most tokens are one ASCII character. */
  private static final String[] ASCII = new String[128];

  static {
    for (char c = 0; c < ASCII.length; c++) {
      ASCII[c] = String.valueOf(c);
    }
  }

  private TexLexer() {}

  static List<TexToken> tokens(String tex) {
    List<TexToken> tokens = new ArrayList<>();
    int n = tex.length();
    int i = 0;
    while (i < n) {
      char c = tex.charAt(i);
      int start = i;
      if (c == '%') {
        while (i < n && tex.charAt(i) != '\n') {
          i++;
        }
        continue;
      }
      if (Character.isWhitespace(c)) {
        while (i < n && Character.isWhitespace(tex.charAt(i))) {
          i++;
        }
        tokens.add(new TexToken(TexToken.Type.SPACE, " ", start, i));
        continue;
      }
      if (c == '\\') {
        i = controlSequenceEnd(tex, i);
        TexToken.Type type = i == start + 1 ? TexToken.Type.LONE_BACKSLASH : TexToken.Type.COMMAND;
        String name = Character.isWhitespace(tex.charAt(i - 1)) ? "\\ " : tex.substring(start, i);
        tokens.add(new TexToken(type, name, start, i));
        continue;
      }
      i += Character.charCount(tex.codePointAt(i));
      while (i < n && UnicodeAccents.isCombining(tex.charAt(i))) {
        i++;
      }
      String text = i == start + 1 && c < ASCII.length ? ASCII[c] : tex.substring(start, i);
      tokens.add(new TexToken(typeOf(c), text, start, i));
    }
    tokens.add(new TexToken(TexToken.Type.END, "", n, n));
    return tokens;
  }

  private static int controlSequenceEnd(String tex, int backslash) {
    int i = backslash + 1;
    if (i >= tex.length()) {
      return i;
    }
    if (Character.isWhitespace(tex.charAt(i))) {
      return i + 1;
    }
    if (isLetter(tex.charAt(i))) {
      while (i < tex.length() && isLetter(tex.charAt(i))) {
        i++;
      }
      return i;
    }
    return i + Character.charCount(tex.codePointAt(i));
  }

  static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '@';
  }

  private static TexToken.Type typeOf(char c) {
    return switch (c) {
      case '{' -> TexToken.Type.OPEN_BRACE;
      case '}' -> TexToken.Type.CLOSE_BRACE;
      case '^' -> TexToken.Type.SUPERSCRIPT;
      case '_' -> TexToken.Type.SUBSCRIPT;
      case '&' -> TexToken.Type.ALIGNMENT;
      case '#' -> TexToken.Type.PARAMETER;
      case '\'' -> TexToken.Type.PRIME;
      default -> TexToken.Type.CHARACTER;
    };
  }
}
