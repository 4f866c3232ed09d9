package io.github.qbanklint.rules.math;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The control sequences a document defines for itself ({@code \newcommand}, {@code \def}, {@code
 * \gdef}, {@code \let} and their kin, in any of its formulas) and those configured as renderer
 * macros. Names the renderer does not know count as known everywhere in the document; a formula
 * that redefines one the renderer knows ({@code \def\frac…}) changes it for itself only, so that
 * one odd formula does not switch off the checks of every {@code \frac} in the bank.
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

  /** What may follow {@code \global} or {@code \long}. */
  static final Set<String> PREFIXABLE =
      Set.of("\\def", "\\gdef", "\\edef", "\\xdef", "\\let", "\\futurelet", "\\global", "\\long");

  private UserMacros() {}

  static TexChecker.Macros of(
      List<MathSpan> spans, Map<String, String> configured, KatexTables tables) {
    Set<String> configuredNames = new HashSet<>();
    configured
        .keySet()
        .forEach(name -> configuredNames.add(name.startsWith("\\") ? name : "\\" + name));
    Set<String> defined = new HashSet<>();
    Set<String> definers = new HashSet<>();
    for (MathSpan span : spans) {
      if (mayDefine(span.tex())) {
        collect(TexLexer.tokens(span.tex()), defined, definers);
      }
    }
    defined.removeIf(tables::knows);
    defined.addAll(configuredNames);
    return new TexChecker.Macros(
        Set.copyOf(configuredNames), Set.copyOf(defined), Set.copyOf(definers));
  }

  /** Lexing every formula twice is the cost this saves: only definers and prefixes matter. */
  private static boolean mayDefine(String tex) {
    return tex.contains("def")
        || tex.contains("let")
        || tex.contains("command")
        || tex.contains("\\global")
        || tex.contains("\\long");
  }

  private static void collect(List<TexToken> tokens, Set<String> names, Set<String> definers) {
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
        TexToken name = tokens.get(next);
        if (name.is(TexToken.Type.COMMAND)) {
          names.add(name.text());
          if (PREFIXABLE.contains(tokens.get(meaningStart(tokens, next + 1)).text())) {
            definers.add(name.text());
          }
        }
      } else if (PREFIXES.contains(token.text())) {
        TexToken prefixed = tokens.get(next);
        if (prefixed.is(TexToken.Type.COMMAND) && definers.contains(prefixed.text())) {
          // \global\DEF\foo, where \DEF expands to \def: \foo is being defined.
          addIfCommand(tokens.get(skipSpaces(tokens, next + 1)), names);
        }
      }
    }
  }

  /**
   * Where the meaning of a name being defined starts: the first token of its body ({@code
   * \def\DEF{\def}}) or the token it copies ({@code \let\DEF=\def}).
   */
  private static int meaningStart(List<TexToken> tokens, int afterName) {
    int i = skipSpaces(tokens, afterName);
    if (tokens.get(i).isChar('=')) {
      return skipSpaces(tokens, i + 1);
    }
    while (!tokens.get(i).is(TexToken.Type.END) && !tokens.get(i).is(TexToken.Type.COMMAND)) {
      if (tokens.get(i).is(TexToken.Type.OPEN_BRACE)) {
        return skipSpaces(tokens, i + 1);
      }
      i++;
    }
    return i;
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
