package io.github.qbanklint.rules.math;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks one formula the way KaTeX parses it, without typesetting: a recursive-descent parser over
 * {@link TexLexer} tokens that knows each command's arguments from {@link KatexTables}, the
 * environments, {@code \left … \right}, scripts, alignment, infix operators, the switch between
 * math and text mode, and macro definitions. Every token is read once, so the time is linear;
 * nesting deeper than {@link #MAX_DEPTH} stops the check with one finding instead of exhausting the
 * stack.
 */
final class TexChecker {
  static final String SYNTAX = "math-syntax";
  static final String UNKNOWN = "math-unknown-command";
  static final int MAX_DEPTH = 200;

  private static final Set<String> INFIX =
      Set.of("\\over", "\\choose", "\\atop", "\\brace", "\\brack", "\\above");
  private static final Set<String> DEFINE = Set.of("\\def", "\\gdef", "\\edef", "\\xdef");
  private static final Set<String> NEW_COMMAND =
      Set.of("\\newcommand", "\\renewcommand", "\\providecommand");
  private static final Set<String> BIG =
      Set.of(
          "\\big", "\\Big", "\\bigg", "\\Bigg", "\\bigl", "\\Bigl", "\\biggl", "\\Biggl", "\\bigr",
          "\\Bigr", "\\biggr", "\\Biggr", "\\bigm", "\\Bigm", "\\biggm", "\\Biggm");
  private static final Map<String, Set<Integer>> TEXT_ARGUMENTS =
      Map.ofEntries(
          Map.entry("\\text", Set.of(0)), Map.entry("\\textrm", Set.of(0)),
          Map.entry("\\textsf", Set.of(0)), Map.entry("\\texttt", Set.of(0)),
          Map.entry("\\textnormal", Set.of(0)), Map.entry("\\textbf", Set.of(0)),
          Map.entry("\\textmd", Set.of(0)), Map.entry("\\textit", Set.of(0)),
          Map.entry("\\textup", Set.of(0)), Map.entry("\\emph", Set.of(0)),
          Map.entry("\\mbox", Set.of(0)), Map.entry("\\hbox", Set.of(0)),
          Map.entry("\\fbox", Set.of(0)), Map.entry("\\rlap", Set.of(0)),
          Map.entry("\\llap", Set.of(0)), Map.entry("\\clap", Set.of(0)),
          Map.entry("\\tag", Set.of(0)), Map.entry("\\colorbox", Set.of(1)),
          Map.entry("\\fcolorbox", Set.of(2)), Map.entry("\\raisebox", Set.of(1)));
  private static final Map<String, Set<Integer>> COLOR_ARGUMENTS =
      Map.of(
          "\\color",
          Set.of(0),
          "\\textcolor",
          Set.of(0),
          "\\colorbox",
          Set.of(0),
          "\\fcolorbox",
          Set.of(0, 1));
  private static final Map<String, Set<Integer>> SIZE_ARGUMENTS =
      Map.of("\\rule", Set.of(0, 1), "\\raisebox", Set.of(0), "\\hspace", Set.of(0));
  private static final Set<String> LOOSE_SIZE =
      Set.of("\\kern", "\\mkern", "\\mskip", "\\hskip", "\\above");
  private static final Set<String> RAW_ARGUMENTS =
      Set.of("\\href", "\\url", "\\includegraphics", "\\TextOrMath", "\\message", "\\errmessage");
  private static final Map<String, Integer> RAW_MACRO_ARGUMENTS =
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
  private static final Set<String> STARRED = Set.of("\\operatorname", "\\tag", "\\hspace");
  private static final Set<String> FRACTIONS =
      Set.of(
          "\\frac",
          "\\dfrac",
          "\\tfrac",
          "\\cfrac",
          "\\binom",
          "\\dbinom",
          "\\tbinom",
          "\\genfrac");
  private static final Set<String> FONTS =
      Set.of(
          "\\mathrm",
          "\\mathit",
          "\\mathbf",
          "\\mathbb",
          "\\mathcal",
          "\\mathfrak",
          "\\mathscr",
          "\\mathsf",
          "\\mathtt",
          "\\mathnormal",
          "\\boldsymbol",
          "\\bm",
          "\\Bbb",
          "\\bold",
          "\\frak",
          "\\mathsfit");

  /** Commands KaTeX accepts as an unbraced argument, though they take arguments themselves. */
  private static final Set<String> ALLOWED_AS_ARGUMENT =
      Set.of(
          "\\text",
          "\\textrm",
          "\\textsf",
          "\\texttt",
          "\\textnormal",
          "\\textbf",
          "\\textmd",
          "\\textit",
          "\\textup",
          "\\emph",
          "\\mathchoice");

  private static final Set<String> OPERATORS =
      Set.of(
          "\\lim",
          "\\liminf",
          "\\limsup",
          "\\max",
          "\\min",
          "\\sup",
          "\\inf",
          "\\det",
          "\\gcd",
          "\\Pr",
          "\\argmax",
          "\\argmin",
          "\\injlim",
          "\\projlim",
          "\\varlimsup",
          "\\varliminf",
          "\\varinjlim",
          "\\varprojlim",
          "\\plim",
          "\\mathop",
          "\\operatorname");
  private static final Set<String> NO_ALIGNMENT =
      Set.of("equation", "equation*", "gather", "gather*", "gathered", "subarray");
  private static final Set<String> COLUMN_ENVIRONMENTS = Set.of("array", "darray", "subarray");

  /** What ends a list of atoms. */
  private enum Stop {
    TOP,
    BRACE,
    ENVIRONMENT,
    RIGHT,
    BRACKET,
    GROUP,
    DOLLAR,
    PAREN
  }

  /** The innermost open construct: its mode and what closes it. */
  private record Frame(boolean text, Stop stop, String environment) {
    Frame(boolean text, Stop stop) {
      this(text, stop, null);
    }
  }

  /** A problem at formula positions {@code [start, end)}. */
  record Issue(String ruleId, int start, int end, String message) {}

  private final String tex;
  private final List<TexToken> tokens;
  private final boolean display;
  private final KatexTables tables;
  private final Set<String> userMacros;
  private final Set<String> configuredMacros;
  private final boolean katex;
  private final List<Issue> issues = new ArrayList<>();
  private final Set<String> definedHere = new HashSet<>();
  private int pos;
  private int depth;
  private int openEnvironments;
  private int openLefts;
  private int tags;
  private boolean stopped;

  private TexChecker(String tex, boolean display, String renderer, Macros macros) {
    this.tex = tex;
    this.tokens = TexLexer.tokens(tex);
    this.display = display;
    this.tables = KatexTables.forRenderer(renderer);
    this.userMacros = macros.all();
    this.configuredMacros = macros.configured();
    this.katex = !renderer.equalsIgnoreCase("mathjax");
  }

  /**
   * Control sequences defined outside the renderer's tables.
   *
   * @param configured those of the {@code math.macros} setting
   * @param all those and every one the document defines in any formula
   */
  record Macros(Set<String> configured, Set<String> all) {}

  /** The problems of one formula. */
  static List<Issue> check(String tex, boolean display, String renderer, Macros macros) {
    TexChecker checker = new TexChecker(tex, display, renderer, macros);
    checker.parseList(new Frame(false, Stop.TOP));
    return checker.issues;
  }

  // ---- token access -------------------------------------------------------------------------

  private TexToken peek() {
    return stopped ? tokens.get(tokens.size() - 1) : tokens.get(pos);
  }

  private TexToken next() {
    TexToken token = peek();
    if (!token.is(TexToken.Type.END)) {
      pos++;
    }
    return token;
  }

  private TexToken peekNonSpace() {
    skipSpaces();
    return peek();
  }

  private void skipSpaces() {
    while (peek().is(TexToken.Type.SPACE)) {
      pos++;
    }
  }

  private void syntax(TexToken at, String message) {
    issues.add(new Issue(SYNTAX, at.start(), at.end(), message));
  }

  private void syntax(int start, int end, String message) {
    issues.add(new Issue(SYNTAX, start, end, message));
  }

  private void delimiter(TexToken at, String message) {
    issues.add(new Issue(MathSpanExtractor.DELIMITERS, at.start(), at.end(), message));
  }

  private void unknown(TexToken at, String message) {
    issues.add(new Issue(UNKNOWN, at.start(), at.end(), message));
  }

  private boolean enter(TexToken at) {
    if (++depth > MAX_DEPTH) {
      if (!stopped) {
        syntax(at, "formula nested more than " + MAX_DEPTH + " levels deep: simplify it.");
      }
      stopped = true;
      return false;
    }
    return true;
  }

  private void leave() {
    depth--;
  }

  // ---- lists and atoms ----------------------------------------------------------------------

  private void parseList(Frame frame) {
    int infixes = 0;
    while (true) {
      TexToken token = peek();
      int before = pos;
      switch (token.type()) {
        case END:
          return;
        case SPACE:
          pos++;
          continue;
        case CLOSE_BRACE:
          if (frame.stop() != Stop.TOP) {
            return;
          }
          pos++;
          syntax(token, "'}' closes nothing: remove it or add the matching '{'.");
          continue;
        case ALIGNMENT:
          pos++;
          alignment(token, frame);
          infixes = 0;
          continue;
        case PARAMETER:
          pos++;
          syntax(
              token, "'#' is a macro parameter and can only appear in a macro body: write '\\#'.");
          continue;
        default:
          break;
      }
      if (endsList(token, frame)) {
        return;
      }
      if (pos != before) {
        continue;
      }
      if (token.is(TexToken.Type.COMMAND) && INFIX.contains(token.text())) {
        pos++;
        if (++infixes == 2) {
          syntax(
              token,
              token.text()
                  + " is the second infix operator in this group: TeX allows one; add braces.");
        }
        if (token.text().equals("\\above")) {
          looseSize(token);
        }
        continue;
      }
      if (token.isCommand("\\\\") || token.isCommand("\\cr")) {
        pos++;
        lineBreak(token, frame);
        infixes = 0;
        continue;
      }
      parseAtom(frame);
    }
  }

  /** Whether {@code token} closes this list (or an enclosing one, which reports it). */
  private boolean endsList(TexToken token, Frame frame) {
    if (token.isChar(']') && frame.stop() == Stop.BRACKET) {
      return true;
    }
    if (token.isCommand("\\end")) {
      return frame.stop() == Stop.ENVIRONMENT || openEnvironments > 0 ? true : strayEnd(token);
    }
    if (token.isCommand("\\right")) {
      return frame.stop() == Stop.RIGHT || openLefts > 0 ? true : strayRight(token);
    }
    if (token.isCommand("\\endgroup")) {
      if (frame.stop() == Stop.GROUP) {
        return true;
      }
      pos++;
      syntax(token, "\\endgroup without \\begingroup: remove it.");
      return false;
    }
    if (token.isChar('$') && frame.stop() == Stop.DOLLAR) {
      return true;
    }
    return token.isCommand("\\)") && frame.stop() == Stop.PAREN;
  }

  private boolean strayEnd(TexToken token) {
    pos++;
    String name = rawGroup(token).orElse("");
    syntax(
        token,
        "\\end{" + name + "} has no matching \\begin{" + name + "}: remove it or add the \\begin.");
    return false;
  }

  private boolean strayRight(TexToken token) {
    pos++;
    skipSpaces();
    if (!peek().is(TexToken.Type.END)) {
      pos++;
    }
    syntax(token, "\\right without \\left: add the \\left delimiter or remove \\right.");
    return false;
  }

  private void alignment(TexToken token, Frame frame) {
    if (frame.stop() == Stop.ENVIRONMENT && !NO_ALIGNMENT.contains(frame.environment())) {
      return;
    }
    String where =
        frame.stop() == Stop.ENVIRONMENT
            ? "{" + frame.environment() + "} has no columns"
            : "'&' works only inside an alignment environment (matrix, cases, aligned, array…)";
    syntax(token, where + ": write '\\&' for an ampersand.");
  }

  private void lineBreak(TexToken token, Frame frame) {
    if (token.text().equals("\\cr") && frame.stop() != Stop.ENVIRONMENT) {
      unknown(token, "\\cr works only inside a matrix or array: use \\\\ for a line break.");
      return;
    }
    TexToken bracket = peek();
    if (token.text().equals("\\\\") && bracket.isChar('[')) {
      pos++;
      String size = rawUntilBracket(bracket);
      if (size != null && !TexArguments.isSize(size)) {
        syntax(
            bracket,
            "'\\\\["
                + size
                + "]' reads '"
                + size
                + "' as a line-spacing size: put a space after \\\\.");
      }
    }
  }

  /** Which base an atom had, for {@code \limits}. */
  private enum Base {
    NONE,
    OPERATOR,
    OTHER
  }

  private void parseAtom(Frame frame) {
    Base base = parseBase(frame);
    if (frame.text()) {
      return;
    }
    boolean superscript = false;
    boolean subscript = false;
    while (true) {
      int save = pos;
      TexToken token = peekNonSpace();
      if (token.isCommand("\\limits") || token.isCommand("\\nolimits")) {
        pos++;
        if (base != Base.OPERATOR) {
          syntax(token, token.text() + " must follow an operator such as \\sum or \\int.");
        }
      } else if (token.is(TexToken.Type.SUPERSCRIPT)) {
        pos++;
        if (superscript) {
          syntax(token, "double superscript: put braces around one of them, as in {x^a}^b.");
        }
        superscript = true;
        scriptArgument(token, frame);
      } else if (token.is(TexToken.Type.SUBSCRIPT)) {
        pos++;
        if (subscript) {
          syntax(token, "double subscript: put braces around one of them, as in {x_a}_b.");
        }
        subscript = true;
        scriptArgument(token, frame);
      } else if (token.is(TexToken.Type.PRIME)) {
        if (superscript) {
          syntax(
              token,
              "a prime after a superscript is a double superscript: write x'^2 or x^{2\\prime}.");
        }
        while (peek().is(TexToken.Type.PRIME)) {
          pos++;
        }
        superscript = true;
        if (peek().is(TexToken.Type.SUPERSCRIPT)) {
          TexToken caret = next();
          scriptArgument(caret, frame);
        }
      } else {
        pos = save;
        return;
      }
    }
  }

  private void scriptArgument(TexToken script, Frame frame) {
    if (!argument(script, frame, false)) {
      syntax(
          script,
          "'" + script.text() + "' needs something after it: write " + script.text() + "{…}.");
    }
  }

  private Base parseBase(Frame frame) {
    TexToken token = peek();
    switch (token.type()) {
      case OPEN_BRACE:
        pos++;
        braceGroup(token, frame.text());
        return Base.OTHER;
      case COMMAND:
        pos++;
        return command(token, frame);
      case SUPERSCRIPT:
      case SUBSCRIPT:
      case PRIME:
        if (frame.text()) {
          pos++;
        }
        return Base.NONE;
      case LONE_BACKSLASH:
        pos++;
        syntax(token, "a lone backslash ends the formula: remove it or complete the command.");
        return Base.OTHER;
      default:
        pos++;
        return character(token, frame);
    }
  }

  private Base character(TexToken token, Frame frame) {
    if (token.isChar('$') && !frame.text()) {
      delimiter(
          token,
          "'$' inside a formula: the formula ends here for the renderer; write '\\$' for a dollar sign.");
      return Base.OTHER;
    }
    if (frame.text() && token.isChar('$')) {
      nestedMath(token, Stop.DOLLAR, "$");
      return Base.OTHER;
    }
    return "∏∐∑⋀⋁⋂⋃⨀⨁⨂⨄⨆∫∬∭∮∯∰".contains(token.text()) ? Base.OPERATOR : Base.OTHER;
  }

  /** {@code $…$} or {@code \(…\)} inside {@code \text{}}. */
  private void nestedMath(TexToken open, Stop stop, String closer) {
    if (!enter(open)) {
      return;
    }
    parseList(new Frame(false, stop));
    leave();
    TexToken close = peek();
    boolean closed = stop == Stop.DOLLAR ? close.isChar('$') : close.isCommand("\\)");
    if (closed) {
      pos++;
    } else {
      syntax(
          open,
          "'"
              + open.text()
              + "' inside text starts math that is never closed: add '"
              + closer
              + "'.");
    }
  }

  private void braceGroup(TexToken open, boolean text) {
    if (!enter(open)) {
      return;
    }
    parseList(new Frame(text, Stop.BRACE));
    leave();
    if (peek().is(TexToken.Type.CLOSE_BRACE)) {
      pos++;
    } else if (!stopped) {
      syntax(open, "'{' is never closed: add the matching '}'.");
    }
  }

  // ---- arguments ----------------------------------------------------------------------------

  /** Reads one argument; false when there is none (end of group, formula or row). */
  private boolean argument(TexToken owner, Frame frame, boolean text) {
    TexToken token = peekNonSpace();
    switch (token.type()) {
      case OPEN_BRACE:
        pos++;
        braceGroup(token, text);
        return true;
      case END:
      case CLOSE_BRACE:
      case ALIGNMENT:
      case SUPERSCRIPT:
      case SUBSCRIPT:
        return false;
      case COMMAND:
        return commandArgument(owner, token, frame, text);
      case LONE_BACKSLASH:
        return false;
      default:
        pos++;
        if (!text && token.isChar('$')) {
          character(token, frame);
        }
        return true;
    }
  }

  private boolean commandArgument(TexToken owner, TexToken token, Frame frame, boolean text) {
    String name = token.text();
    if (INFIX.contains(name)
        || name.equals("\\\\")
        || name.equals("\\end")
        || name.equals("\\right")) {
      return false;
    }
    KatexTables.Command info = tables.command(name);
    boolean takesArguments =
        name.equals("\\left")
            || DEFINE.contains(name)
            || (info != null && !info.isMacro() && info.args() > 0 && !userMacros.contains(name));
    boolean allowed =
        ALLOWED_AS_ARGUMENT.contains(name)
            || (FRACTIONS.contains(name) && !FRACTIONS.contains(owner.text()))
            || (FONTS.contains(name) && !FONTS.contains(owner.text()));
    if (takesArguments && !allowed) {
      syntax(
          token,
          name
              + " cannot be an argument of "
              + owner.text()
              + " without braces: write "
              + owner.text()
              + "{"
              + name
              + "…}.");
    }
    pos++;
    command(token, new Frame(text, frame.stop(), frame.environment()));
    return true;
  }

  private Base command(TexToken token, Frame frame) {
    String name = token.text();
    if (!frame.text()
        && (name.equals("\\(") || name.equals("\\)") || name.equals("\\[") || name.equals("\\]"))) {
      delimiter(
          token,
          name
              + " inside a formula that $…$, $$…$$ or ```math already delimits: the renderer"
              + " rejects it in math mode. Remove "
              + (name.contains("(") || name.contains(")") ? "\\( and \\)" : "\\[ and \\]")
              + ".");
      return Base.OTHER;
    }
    if (frame.text() && name.equals("\\(")) {
      nestedMath(token, Stop.PAREN, "\\)");
      return Base.OTHER;
    }
    if (frame.text() && name.equals("\\)")) {
      syntax(token, "\\) without \\(: remove it.");
      return Base.OTHER;
    }
    if (userMacros.contains(name) && !DEFINE.contains(name) && !NEW_COMMAND.contains(name)) {
      return Base.OPERATOR;
    }
    switch (name) {
      case "\\begin":
        environment(token);
        return Base.OTHER;
      case "\\left":
        leftRight(token);
        return Base.OTHER;
      case "\\middle":
        if (openLefts == 0) {
          syntax(token, "\\middle works only between \\left and \\right.");
        }
        delimiterAfter(token);
        return Base.OTHER;
      case "\\begingroup":
        group(token);
        return Base.OTHER;
      case "\\let":
      case "\\futurelet":
        let(token);
        return Base.OTHER;
      case "\\global":
      case "\\long":
        prefix(token);
        return Base.OTHER;
      case "\\verb":
        verb(token);
        return Base.OTHER;
      case "\\char":
        character(token);
        return Base.OTHER;
      case "\\hline":
      case "\\hdashline":
        if (openEnvironments == 0) {
          syntax(token, name + " works only inside an array or matrix environment.");
        }
        return Base.OTHER;
      case "\\limits":
      case "\\nolimits":
        syntax(token, name + " must follow an operator such as \\sum or \\int.");
        return Base.OTHER;
      case "\\tag":
        tag(token);
        break;
      default:
        break;
    }
    if (DEFINE.contains(name)) {
      define(token);
      return Base.OTHER;
    }
    if (NEW_COMMAND.contains(name)) {
      newCommand(token);
      return Base.OTHER;
    }
    if (BIG.contains(name)) {
      delimiterAfter(token);
      return Base.OTHER;
    }
    if (STARRED.contains(name) && peek().isChar('*')) {
      pos++;
    }
    return known(token, frame);
  }

  private Base known(TexToken token, Frame frame) {
    String name = token.text();
    KatexTables.Command info = tables.command(name);
    if (info == null) {
      if (!tables.isExtra(name)) {
        unknownCommand(token, frame.text());
      }
      return Base.OTHER;
    }
    if (!info.worksIn(frame.text())) {
      unknown(
          token,
          frame.text()
              ? name + " is a math command and does not work inside \\text{}: wrap it in $…$ there."
              : name + " works only in text mode: put it inside \\text{…}.");
      return Base.OTHER;
    }
    arguments(token, info, frame);
    if (OPERATORS.contains(name) || (info.kinds().equals("function,symbol") && info.args() == 0)) {
      return Base.OPERATOR;
    }
    return Base.OTHER;
  }

  private void arguments(TexToken token, KatexTables.Command info, Frame frame) {
    String name = token.text();
    if (info.optionalArg()) {
      optionalArgument(token, name.equals("\\rule"));
    }
    int count = RAW_MACRO_ARGUMENTS.getOrDefault(name, info.args());
    if (count == 0 && info.needsArgument(frame.text())) {
      count = 1;
    }
    boolean raw =
        RAW_ARGUMENTS.contains(name)
            || name.startsWith("\\@")
            || RAW_MACRO_ARGUMENTS.containsKey(name);
    for (int i = 0; i < count; i++) {
      boolean present;
      if (raw || COLOR_ARGUMENTS.getOrDefault(name, Set.of()).contains(i)) {
        present = specialArgument(token, i);
      } else if (SIZE_ARGUMENTS.getOrDefault(name, Set.of()).contains(i)
          || (name.equals("\\genfrac") && i == 2)) {
        present = sizeArgument(token, name.equals("\\genfrac"));
      } else if (LOOSE_SIZE.contains(name)) {
        present = looseSize(token);
      } else {
        boolean text =
            TEXT_ARGUMENTS.getOrDefault(name, Set.of()).contains(i)
                || frame.text() && isTextFont(name);
        present = argument(token, frame, text);
      }
      if (!present) {
        if (info.needsArgument(frame.text())) {
          syntax(
              token,
              name
                  + " needs "
                  + count
                  + " argument"
                  + (count > 1 ? "s" : "")
                  + "; "
                  + (i == 0 ? "none is" : "only " + i + (i == 1 ? " is" : " are"))
                  + " given.");
        }
        return;
      }
    }
  }

  private static boolean isTextFont(String name) {
    return name.startsWith("\\text") || name.equals("\\emph");
  }

  /** A colour, URL or macro argument: braces balanced, content not parsed as math. */
  private boolean specialArgument(TexToken owner, int index) {
    TexToken open = peekNonSpace();
    if (!open.is(TexToken.Type.OPEN_BRACE)) {
      if (open.is(TexToken.Type.END) || open.is(TexToken.Type.CLOSE_BRACE)) {
        return false;
      }
      if (COLOR_ARGUMENTS.containsKey(owner.text())) {
        syntax(open, owner.text() + " expects its colour in braces: " + owner.text() + "{red}.");
        pos++;
        return true;
      }
      pos++;
      return true;
    }
    String content = rawGroup(owner).orElse(null);
    if (content != null
        && COLOR_ARGUMENTS.getOrDefault(owner.text(), Set.of()).contains(index)
        && !TexArguments.isColor(content)) {
      syntax(open, "'" + content + "' is not a colour: use a name (red) or #rgb / #rrggbb.");
    }
    return true;
  }

  private boolean sizeArgument(TexToken owner, boolean emptyAllowed) {
    TexToken open = peekNonSpace();
    if (!open.is(TexToken.Type.OPEN_BRACE)) {
      if (open.is(TexToken.Type.END) || open.is(TexToken.Type.CLOSE_BRACE)) {
        return false;
      }
      pos++;
      syntax(open, owner.text() + " expects a size in braces, such as {1em}.");
      return true;
    }
    rawGroup(owner)
        .filter(size -> !(emptyAllowed && size.isBlank()) && !TexArguments.isSize(size))
        .ifPresent(
            size ->
                syntax(
                    open,
                    "'"
                        + size
                        + "' is not a size: write a number and a unit, such as 1em or 2pt."));
    return true;
  }

  /** A size after {@code \kern} and kin, braced or not ({@code \kern1em}). */
  private boolean looseSize(TexToken owner) {
    TexToken first = peekNonSpace();
    if (first.is(TexToken.Type.OPEN_BRACE)) {
      return sizeArgument(owner, false);
    }
    if (first.is(TexToken.Type.END)) {
      return false;
    }
    StringBuilder text = new StringBuilder();
    int end = pos;
    while (end < tokens.size()
        && text.length() < 32
        && (tokens.get(end).is(TexToken.Type.CHARACTER)
            || tokens.get(end).is(TexToken.Type.SPACE))) {
      text.append(tokens.get(end++).text());
    }
    int length = TexArguments.sizePrefix(text.toString());
    if (length < 0) {
      syntax(first, owner.text() + " needs a size, such as " + owner.text() + "{1em}.");
      return true;
    }
    int consumed = 0;
    while (consumed < length) {
      consumed += next().text().length();
    }
    return true;
  }

  /** {@code [...]} after a command; a size for {@code \rule}, math otherwise. */
  private void optionalArgument(TexToken owner, boolean size) {
    int save = pos;
    TexToken open = peekNonSpace();
    if (!open.isChar('[')) {
      pos = save;
      return;
    }
    pos++;
    if (size) {
      String content = rawUntilBracket(open);
      if (content != null && !TexArguments.isSize(content)) {
        syntax(open, "'" + content + "' is not a size: write a number and a unit, such as 0.2em.");
      }
      return;
    }
    if (!enter(open)) {
      return;
    }
    parseList(new Frame(false, Stop.BRACKET));
    leave();
    if (peek().isChar(']')) {
      pos++;
    } else if (!stopped) {
      syntax(
          open,
          "the optional argument of " + owner.text() + " opened by '[' is never closed: add ']'.");
    }
  }

  /** The text of a brace group read without parsing; empty when the group is not closed. */
  private java.util.Optional<String> rawGroup(TexToken owner) {
    TexToken open = peekNonSpace();
    if (!open.is(TexToken.Type.OPEN_BRACE)) {
      syntax(
          open.is(TexToken.Type.END) ? owner : open, owner.text() + " expects a {…} group here.");
      return java.util.Optional.empty();
    }
    pos++;
    StringBuilder text = new StringBuilder();
    int level = 1;
    while (true) {
      TexToken token = next();
      if (token.is(TexToken.Type.END)) {
        syntax(open, "'{' after " + owner.text() + " is never closed: add the matching '}'.");
        return java.util.Optional.empty();
      }
      if (token.is(TexToken.Type.OPEN_BRACE)) {
        level++;
      } else if (token.is(TexToken.Type.CLOSE_BRACE) && --level == 0) {
        return java.util.Optional.of(text.toString());
      }
      text.append(token.text());
    }
  }

  /** The text up to the matching {@code ]} at brace level 0; null (reported) when there is none. */
  private String rawUntilBracket(TexToken open) {
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

  // ---- constructs ---------------------------------------------------------------------------

  private void environment(TexToken begin) {
    TexToken nameToken = peekNonSpace();
    String name = rawGroup(begin).orElse(null);
    if (name == null) {
      return;
    }
    KatexTables.Environment env = tables.environment(name);
    if (env == null) {
      String suggestion =
          CommandSuggester.closest(name, tables.environmentNames())
              .map(s -> " Did you mean {" + s + "}?")
              .orElse("");
      unknown(nameToken, "unknown environment {" + name + "} for " + renderer() + "." + suggestion);
    } else {
      if (env.displayOnly() && !display && katex) {
        syntax(
            begin,
            "{"
                + name
                + "} works only in display math: use $$…$$ or a ```math block, or {aligned}/{gathered} inline.");
      }
      environmentArguments(begin, name, env);
    }
    if (!enter(begin)) {
      return;
    }
    openEnvironments++;
    parseList(new Frame(false, Stop.ENVIRONMENT, name));
    openEnvironments--;
    leave();
    TexToken end = peek();
    if (!end.isCommand("\\end")) {
      if (!stopped) {
        syntax(begin, "\\begin{" + name + "} has no \\end{" + name + "}: add it.");
      }
      return;
    }
    pos++;
    rawGroup(end)
        .filter(closing -> !closing.equals(name))
        .ifPresent(
            closing ->
                syntax(
                    end,
                    "\\begin{" + name + "} is ended by \\end{" + closing + "}: make them match."));
  }

  private void environmentArguments(TexToken begin, String name, KatexTables.Environment env) {
    if (name.endsWith("matrix*") && peek().isChar('[')) {
      TexToken open = next();
      String align = rawUntilBracket(open);
      if (align != null && !align.strip().matches("[lcr]")) {
        syntax(open, "{" + name + "} takes [l], [c] or [r] as its column alignment.");
      }
    }
    for (int i = 0; i < env.args(); i++) {
      TexToken open = peekNonSpace();
      String spec = rawGroup(begin).orElse(null);
      if (spec == null || !COLUMN_ENVIRONMENTS.contains(name)) {
        continue;
      }
      if (!TexArguments.isColumnSpec(spec)) {
        syntax(open, "'" + spec + "' is not a column specification: use l, c, r and |.");
      } else if (name.equals("subarray") && spec.replaceAll("[|: ]", "").length() != 1) {
        syntax(open, "{subarray} has exactly one column: write {c} or {l}.");
      }
    }
  }

  private void leftRight(TexToken left) {
    delimiterAfter(left);
    if (!enter(left)) {
      return;
    }
    openLefts++;
    parseList(new Frame(false, Stop.RIGHT));
    openLefts--;
    leave();
    TexToken right = peek();
    if (!right.isCommand("\\right")) {
      if (!stopped) {
        syntax(left, "\\left without \\right: add \\right) or \\right. before the group ends.");
      }
      return;
    }
    pos++;
    delimiterAfter(right);
  }

  private void delimiterAfter(TexToken command) {
    TexToken token = peekNonSpace();
    if (BIG.contains(command.text()) && token.is(TexToken.Type.OPEN_BRACE)) {
      int save = pos;
      pos++;
      TexToken inner = peekNonSpace();
      pos++;
      if (TexDelimiters.isDelimiter(inner) && peekNonSpace().is(TexToken.Type.CLOSE_BRACE)) {
        pos++;
        return;
      }
      pos = save;
    }
    if (token.is(TexToken.Type.END)) {
      syntax(command, command.text() + " needs a delimiter after it, such as ( or \\{ or '.'.");
      return;
    }
    pos++;
    if (!TexDelimiters.isDelimiter(token)) {
      syntax(
          token,
          "'"
              + token.text()
              + "' is not a delimiter after "
              + command.text()
              + ": use ( ) [ ] \\{ \\} | or '.'.");
    }
  }

  private void group(TexToken begin) {
    if (!enter(begin)) {
      return;
    }
    parseList(new Frame(false, Stop.GROUP));
    leave();
    if (peek().isCommand("\\endgroup")) {
      pos++;
    } else if (!stopped) {
      syntax(begin, "\\begingroup without \\endgroup: add it.");
    }
  }

  private void tag(TexToken token) {
    if (katex && !display) {
      syntax(token, "\\tag works only in display math: use $$…$$ or a ```math block.");
    }
    if (++tags == 2) {
      syntax(token, "only one \\tag per formula.");
    }
  }

  private void define(TexToken token) {
    TexToken name = peekNonSpace();
    if (!name.is(TexToken.Type.COMMAND) && !name.isChar('~')) {
      syntax(
          name.is(TexToken.Type.END) ? token : name,
          token.text()
              + " must be followed by a control sequence, as in "
              + token.text()
              + "\\name{…}.");
      return;
    }
    pos++;
    definedHere.add(name.text());
    int expected = 1;
    while (true) {
      TexToken t = peek();
      if (t.is(TexToken.Type.OPEN_BRACE)) {
        break;
      }
      if (t.is(TexToken.Type.END)) {
        syntax(token, token.text() + name.text() + " has no body: add {…}.");
        return;
      }
      pos++;
      if (t.is(TexToken.Type.PARAMETER)) {
        TexToken number = peek();
        if (number.is(TexToken.Type.OPEN_BRACE)) {
          break;
        }
        pos++;
        if (!number.text().equals(String.valueOf(expected)) || expected > 9) {
          syntax(
              number,
              "parameters of " + name.text() + " must be numbered #1, #2, … in order (up to #9).");
          return;
        }
        expected++;
      }
    }
    rawGroup(token);
  }

  private void newCommand(TexToken token) {
    TexToken first = peekNonSpace();
    TexToken name = first;
    if (first.is(TexToken.Type.OPEN_BRACE)) {
      pos++;
      name = peekNonSpace();
    }
    if (!name.is(TexToken.Type.COMMAND)) {
      syntax(
          name.is(TexToken.Type.END) ? token : name,
          token.text()
              + " must be followed by the new command's name, as in "
              + token.text()
              + "{\\name}{…}.");
      return;
    }
    pos++;
    if (first.is(TexToken.Type.OPEN_BRACE)) {
      if (!peekNonSpace().is(TexToken.Type.CLOSE_BRACE)) {
        syntax(
            first,
            token.text() + " takes one control sequence in braces: " + token.text() + "{\\name}.");
        return;
      }
      pos++;
    }
    boolean exists =
        tables.knows(name.text())
            || definedHere.contains(name.text())
            || configuredMacros.contains(name.text());
    if (token.text().equals("\\newcommand")
        && (tables.knows(name.text()) || definedHere.contains(name.text()))) {
      syntax(name, name.text() + " is already defined: use \\renewcommand or another name.");
    } else if (token.text().equals("\\renewcommand") && !exists) {
      syntax(name, name.text() + " is not defined yet: use \\newcommand.");
    }
    definedHere.add(name.text());
    TexToken open = peekNonSpace();
    if (open.isChar('[')) {
      pos++;
      String count = rawUntilBracket(open);
      if (count != null && !count.strip().matches("\\d+")) {
        syntax(
            open,
            "the number of arguments of " + name.text() + " must be a whole number, as in [2].");
      }
      TexToken defaultValue = peekNonSpace();
      if (defaultValue.isChar('[')) {
        pos++;
        rawUntilBracket(defaultValue);
      }
    }
    if (peekNonSpace().is(TexToken.Type.OPEN_BRACE)) {
      rawGroup(token);
    } else if (peek().is(TexToken.Type.END)) {
      syntax(token, token.text() + name.text() + " has no body: add {…}.");
    } else {
      pos++;
    }
  }

  private void let(TexToken token) {
    TexToken name = peekNonSpace();
    if (!name.is(TexToken.Type.COMMAND)) {
      syntax(
          name.is(TexToken.Type.END) ? token : name,
          token.text() + " must be followed by a control sequence.");
      return;
    }
    pos++;
    definedHere.add(name.text());
    if (token.text().equals("\\futurelet")) {
      return;
    }
    skipSpaces();
    if (peek().isChar('=')) {
      pos++;
      if (peek().is(TexToken.Type.SPACE)) {
        pos++;
      }
    }
    TexToken target = next();
    if (target.is(TexToken.Type.END)) {
      syntax(token, token.text() + name.text() + " needs the token it copies.");
    } else if (target.is(TexToken.Type.OPEN_BRACE) || target.is(TexToken.Type.CLOSE_BRACE)) {
      stopped = true; // the braces that follow no longer pair up as written: nothing more to check
    }
  }

  private void prefix(TexToken token) {
    TexToken next = peekNonSpace();
    String name = next.text();
    boolean ok =
        next.is(TexToken.Type.COMMAND)
            && (DEFINE.contains(name)
                || name.equals("\\global")
                || name.equals("\\long")
                || userMacros.contains(name)
                || definedHere.contains(name));
    if (!ok) {
      syntax(
          next.is(TexToken.Type.END) ? token : next,
          token.text() + " must be followed by \\def, \\gdef, \\edef or \\xdef.");
    }
  }

  private void verb(TexToken token) {
    int start = token.end();
    if (start >= tex.length()) {
      syntax(token, "\\verb needs a delimiter and text, as in \\verb|text|.");
      return;
    }
    char delimiter = tex.charAt(start);
    int close = start + 1;
    while (close < tex.length() && tex.charAt(close) != delimiter && tex.charAt(close) != '\n') {
      close++;
    }
    if (close >= tex.length() || tex.charAt(close) != delimiter) {
      syntax(
          token,
          "\\verb"
              + delimiter
              + " is not closed on the same line: add the closing "
              + delimiter
              + ".");
      close = Math.min(close, tex.length() - 1);
    }
    while (peek().start() <= close && !peek().is(TexToken.Type.END)) {
      pos++;
    }
  }

  private void character(TexToken token) {
    TexToken first = peek();
    String digits;
    if (first.isChar('`')) {
      pos++;
      if (peek().is(TexToken.Type.END)) {
        syntax(token, "\\char` needs a character after it.");
      } else {
        pos++;
      }
      return;
    } else if (first.is(TexToken.Type.PRIME)) {
      pos++;
      digits = "01234567";
    } else if (first.isChar('"')) {
      pos++;
      digits = "0123456789abcdefABCDEF";
    } else {
      digits = "0123456789";
    }
    int count = 0;
    while (peek().is(TexToken.Type.CHARACTER) && digits.contains(peek().text())) {
      pos++;
      count++;
    }
    if (count == 0) {
      syntax(token, "\\char needs a character code, such as \\char37 or \\char\"25.");
    }
  }

  private void unknownCommand(TexToken token, boolean textMode) {
    String name = token.text();
    String suggestion =
        CommandSuggester.closest(name, tables.commandNames())
            .map(s -> " Did you mean " + s + "?")
            .orElse(" Define it with \\newcommand, or configure it under math.macros.");
    unknown(
        token,
        name
            + " is not a command "
            + renderer()
            + " knows"
            + (textMode ? " (in text mode)" : "")
            + "."
            + suggestion);
  }

  private String renderer() {
    return katex ? "KaTeX" : "MathJax";
  }
}
