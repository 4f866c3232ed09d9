package io.github.qbanklint.rules.math;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The control sequences a document defines for itself ({@code \newcommand}, {@code \def}, {@code
 * \gdef}, {@code \let} and their kin, in any of its formulas) and those configured as renderer
 * macros. They count as known everywhere in the document.
 */
final class UserMacros {
  private static final Set<String> DEFINERS =
      Set.of(
          "\\def",
          "\\gdef",
          "\\edef",
          "\\xdef",
          "\\let",
          "\\futurelet",
          "\\newcommand",
          "\\renewcommand",
          "\\providecommand");
  private static final Set<String> PREFIXES = Set.of("\\global", "\\long");

  private UserMacros() {}

  static TexChecker.Macros of(List<MathSpan> spans, Map<String, String> configured) {
    Set<String> names = new HashSet<>();
    configured.keySet().forEach(name -> names.add(name.startsWith("\\") ? name : "\\" + name));
    Set<String> configuredNames = Set.copyOf(names);
    for (MathSpan span : spans) {
      if (mayDefine(span.tex())) {
        collect(TexLexer.tokens(span.tex()), names);
      }
    }
    return new TexChecker.Macros(configuredNames, Set.copyOf(names));
  }

  /** Lexing every formula twice is the cost this saves: only definers and prefixes matter. */
  private static boolean mayDefine(String tex) {
    return tex.contains("def")
        || tex.contains("let")
        || tex.contains("command")
        || tex.contains("\\global")
        || tex.contains("\\long");
  }

  private static void collect(List<TexToken> tokens, Set<String> names) {
    for (int i = 0; i < tokens.size(); i++) {
      TexToken token = tokens.get(i);
      if (!token.is(TexToken.Type.COMMAND)) {
        continue;
      }
      int next = skipSpaces(tokens, i + 1);
      if (DEFINERS.contains(token.text())) {
        if (tokens.get(next).is(TexToken.Type.OPEN_BRACE)) {
          next = skipSpaces(tokens, next + 1);
        }
        addIfCommand(tokens.get(next), names);
      } else if (PREFIXES.contains(token.text())) {
        TexToken prefixed = tokens.get(next);
        if (prefixed.is(TexToken.Type.COMMAND) && names.contains(prefixed.text())) {
          // \global\DEF\foo, where \DEF expands to \def: \foo is being defined.
          addIfCommand(tokens.get(skipSpaces(tokens, next + 1)), names);
        }
      }
    }
  }

  private static void addIfCommand(TexToken token, Set<String> names) {
    if (token.is(TexToken.Type.COMMAND)) {
      names.add(token.text());
    }
  }

  private static int skipSpaces(List<TexToken> tokens, int i) {
    while (tokens.get(i).is(TexToken.Type.SPACE)) {
      i++;
    }
    return i;
  }
}
