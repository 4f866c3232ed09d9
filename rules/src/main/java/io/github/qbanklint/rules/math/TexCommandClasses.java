package io.github.qbanklint.rules.math;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Groups of KaTeX commands the checker treats alike, beyond what {@link KatexTables} records: which
 * arguments are text, colours, sizes or raw; which commands are infix, operators, fractions or
 * fonts. Written as space-separated names; {@code name:i} marks argument {@code i}.
 */
final class TexCommandClasses {
  static final Set<String> INFIX = names("\\over \\choose \\atop \\brace \\brack \\above");
  static final Set<String> DEFINE = names("\\def \\gdef \\edef \\xdef");
  static final Set<String> NEW_COMMAND = names("\\newcommand \\renewcommand \\providecommand");
  static final Set<String> BIG =
      names(
          "\\big \\Big \\bigg \\Bigg \\bigl \\Bigl \\biggl \\Biggl \\bigr \\Bigr \\biggr \\Biggr"
              + " \\bigm \\Bigm \\biggm \\Biggm");
  static final Map<String, Set<Integer>> TEXT_ARGUMENTS =
      arguments(
          "\\text:0 \\textrm:0 \\textsf:0 \\texttt:0 \\textnormal:0 \\textbf:0 \\textmd:0"
              + " \\textit:0 \\textup:0 \\emph:0 \\mbox:0 \\hbox:0 \\fbox:0 \\rlap:0 \\llap:0"
              + " \\clap:0 \\tag:0 \\colorbox:1 \\fcolorbox:2 \\raisebox:1");
  static final Map<String, Set<Integer>> COLOR_ARGUMENTS =
      arguments("\\color:0 \\textcolor:0 \\colorbox:0 \\fcolorbox:0 \\fcolorbox:1");
  static final Map<String, Set<Integer>> SIZE_ARGUMENTS =
      arguments("\\rule:0 \\rule:1 \\raisebox:0 \\hspace:0");

  /** Sizes that may also be written without braces: {@code \kern1em}. */
  static final Set<String> LOOSE_SIZE = names("\\kern \\mkern \\mskip \\hskip \\above");

  static final Set<String> RAW_ARGUMENTS =
      names("\\href \\url \\includegraphics \\TextOrMath \\message \\errmessage");

  /** Macros whose arguments are not all typeset, with their argument counts. */
  static final Map<String, Integer> RAW_MACRO_ARGUMENTS =
      Map.of(
          "\\@firstoftwo",
          2,
          "\\@secondoftwo",
          2,
          "\\@ifstar",
          2,
          "\\@ifnextchar",
          3,
          "\\TextOrMath",
          2);

  static final Set<String> STARRED = names("\\operatorname \\tag \\hspace");

  /** Commands whose arguments KaTeX reads as whole atoms when they have no braces. */
  static final Set<String> ATOM_ARGUMENTS =
      names(
          "\\mathord \\mathbin \\mathrel \\mathopen \\mathclose \\mathpunct \\mathinner"
              + " \\mathop \\mathchoice");

  /** Operators that take {@code \limits}, besides the big operators of the tables. */
  static final Set<String> OPERATORS =
      names(
          "\\lim \\liminf \\limsup \\max \\min \\sup \\inf \\det \\gcd \\Pr \\argmax \\argmin"
              + " \\injlim \\projlim \\varlimsup \\varliminf \\varinjlim \\varprojlim \\plim"
              + " \\mathop \\operatorname");

  static final Set<String> NO_ALIGNMENT =
      names("equation equation* gather gather* gathered subarray");
  static final Set<String> COLUMN_ENVIRONMENTS = names("array darray subarray");

  private TexCommandClasses() {}

  private static Set<String> names(String spaceSeparated) {
    return Set.of(spaceSeparated.split(" "));
  }

  private static Map<String, Set<Integer>> arguments(String spaceSeparated) {
    Map<String, Set<Integer>> map = new HashMap<>();
    for (String entry : spaceSeparated.split(" ")) {
      int colon = entry.lastIndexOf(':');
      map.merge(
          entry.substring(0, colon),
          Set.of(Integer.parseInt(entry.substring(colon + 1))),
          (a, b) -> {
            Set<Integer> both = new java.util.HashSet<>(a);
            both.addAll(b);
            return Set.copyOf(both);
          });
    }
    return Map.copyOf(map);
  }
}
