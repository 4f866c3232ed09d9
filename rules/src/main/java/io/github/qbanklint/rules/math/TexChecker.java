package io.github.qbanklint.rules.math;

import static io.github.qbanklint.rules.math.TexCommandClasses.ATOM_ARGUMENTS;
import static io.github.qbanklint.rules.math.TexCommandClasses.BIG;
import static io.github.qbanklint.rules.math.TexCommandClasses.COLOR_ARGUMENTS;
import static io.github.qbanklint.rules.math.TexCommandClasses.COLUMN_ENVIRONMENTS;
import static io.github.qbanklint.rules.math.TexCommandClasses.DEFINE;
import static io.github.qbanklint.rules.math.TexCommandClasses.INFIX;
import static io.github.qbanklint.rules.math.TexCommandClasses.LOOSE_SIZE;
import static io.github.qbanklint.rules.math.TexCommandClasses.NEW_COMMAND;
import static io.github.qbanklint.rules.math.TexCommandClasses.NO_ALIGNMENT;
import static io.github.qbanklint.rules.math.TexCommandClasses.OPERATORS;
import static io.github.qbanklint.rules.math.TexCommandClasses.RAW_ARGUMENTS;
import static io.github.qbanklint.rules.math.TexCommandClasses.RAW_MACRO_ARGUMENTS;
import static io.github.qbanklint.rules.math.TexCommandClasses.SIZE_ARGUMENTS;
import static io.github.qbanklint.rules.math.TexCommandClasses.STARRED;
import static io.github.qbanklint.rules.math.TexCommandClasses.TEXT_ARGUMENTS;

import java.util.List;
import java.util.Set;

/**
 * Checks one formula the way KaTeX parses it, without typesetting: a recursive-descent parser over
 * {@link TexLexer} tokens that knows each command's arguments from {@link KatexTables}, the
 * environments, {@code \left … \right}, scripts, alignment, infix operators and the switch between
 * math and text mode. Every token is read once, so the time is linear; nesting deeper than {@link
 * TexCursor#MAX_DEPTH} stops the check with one finding instead of exhausting the stack.
 */
final class TexChecker {
  static final String SYNTAX = "math-syntax";
  static final String UNKNOWN = "math-unknown-command";

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

  /**
   * Control sequences defined outside the renderer's tables.
   *
   * @param configured those of the {@code math.macros} setting
   * @param all those and every one the renderer does not know that the document defines in any
   *     formula
   * @param definers those defined as {@code \def} or a prefix, which may follow {@code \global}
   */
  record Macros(Set<String> configured, Set<String> all, Set<String> definers) {}

  private final TexCursor in;
  private final SpecialArguments special;
  private final MacroDefinitions definitions;
  private final boolean display;
  private final KatexTables tables;
  private final Set<String> userMacros;
  private final CommandSuggestions suggestions;
  private final boolean katex;
  private final boolean markdownEscapes;
  private int openEnvironments;
  private int openLefts;
  private int tags;

  private TexChecker(
      String tex,
      List<TexToken> tokens,
      boolean display,
      String renderer,
      Macros macros,
      CommandSuggestions suggestions,
      boolean markdownEscapes) {
    this.in = new TexCursor(tex, tokens);
    this.special = new SpecialArguments(in);
    this.tables = KatexTables.forRenderer(renderer);
    this.definitions = new MacroDefinitions(in, tables, macros);
    this.display = display;
    this.userMacros = macros.all();
    this.suggestions = suggestions;
    this.katex = !renderer.equalsIgnoreCase("mathjax");
    this.markdownEscapes = markdownEscapes;
  }

  /**
   * The problems of one formula.
   *
   * @param tokens the {@link TexLexer} tokens of {@code tex}
   * @param markdownEscapes whether Markdown turns a backslash and punctuation into the punctuation
   *     before the renderer sees the formula ({@code 3\*1} is {@code 3*1} on GitHub)
   */
  static List<Issue> check(
      String tex,
      List<TexToken> tokens,
      boolean display,
      String renderer,
      Macros macros,
      CommandSuggestions suggestions,
      boolean markdownEscapes) {
    TexChecker checker =
        new TexChecker(tex, tokens, display, renderer, macros, suggestions, markdownEscapes);
    checker.parseList(new Frame(false, Stop.TOP));
    return checker.in.issues();
  }

  // ---- lists and atoms ----------------------------------------------------------------------

  private void parseList(Frame frame) {
    int infixes = 0;
    while (true) {
      TexToken token = in.peek();
      int before = in.position();
      switch (token.type()) {
        case END:
          return;
        case SPACE:
          in.advance();
          continue;
        case CLOSE_BRACE:
          if (frame.stop() != Stop.TOP) {
            return;
          }
          in.advance();
          in.syntax(token, "'}' closes nothing: remove it or add the matching '{'.");
          continue;
        case ALIGNMENT:
          in.advance();
          alignment(token, frame);
          infixes = 0;
          continue;
        case PARAMETER:
          in.advance();
          in.syntax(
              token, "'#' is a macro parameter and can only appear in a macro body: write '\\#'.");
          continue;
        default:
          break;
      }
      if (endsList(token, frame)) {
        return;
      }
      if (in.position() != before) {
        continue;
      }
      if (token.is(TexToken.Type.COMMAND) && INFIX.contains(token.text())) {
        in.advance();
        if (++infixes == 2) {
          in.syntax(
              token,
              token.text()
                  + " is the second infix operator in this group: TeX allows one; add braces.");
        }
        if (token.text().equals("\\above")) {
          special.looseSize(token);
        }
        continue;
      }
      if (token.isCommand("\\\\") || token.isCommand("\\cr")) {
        in.advance();
        lineBreak(token, frame);
        infixes = 0;
        continue;
      }
      if (token.isChar('@') && "CD".equals(frame.environment())) {
        in.advance();
        cdArrow(token, frame);
        continue;
      }
      parseAtom(frame);
    }
  }

  /**
   * Whether {@code token} closes this list (or an enclosing one, which then reports what is left
   * open). A stray {@code \end}, {@code \right} or {@code \endgroup} that closes nothing is
   * reported and consumed here.
   */
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
      in.advance();
      in.syntax(token, "\\endgroup without \\begingroup: remove it.");
      return false;
    }
    if (token.isChar('$') && frame.stop() == Stop.DOLLAR) {
      return true;
    }
    return token.isCommand("\\)") && frame.stop() == Stop.PAREN;
  }

  private boolean strayEnd(TexToken token) {
    in.advance();
    String name = in.rawGroup(token).orElse("");
    in.syntax(
        token,
        "\\end{" + name + "} has no matching \\begin{" + name + "}: remove it or add the \\begin.");
    return false;
  }

  private boolean strayRight(TexToken token) {
    in.advance();
    in.skipSpaces();
    if (!in.peek().is(TexToken.Type.END)) {
      in.advance();
    }
    in.syntax(token, "\\right without \\left: add the \\left delimiter or remove \\right.");
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
    in.syntax(token, where + ": write '\\&' for an ampersand.");
  }

  private void lineBreak(TexToken token, Frame frame) {
    if (token.text().equals("\\cr") && frame.stop() != Stop.ENVIRONMENT) {
      in.unknown(token, "\\cr works only inside a matrix or array: use \\\\ for a line break.");
      return;
    }
    TexToken bracket = in.peek();
    if (token.text().equals("\\\\") && bracket.isChar('[')) {
      in.advance();
      String size = in.rawUntilBracket(bracket);
      if (size != null && !TexArguments.isSize(size)) {
        in.syntax(
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
      int save = in.position();
      TexToken token = in.peekNonSpace();
      if (token.isCommand("\\limits") || token.isCommand("\\nolimits")) {
        in.advance();
        if (base != Base.OPERATOR) {
          in.syntax(token, token.text() + " must follow an operator such as \\sum or \\int.");
        }
      } else if (token.is(TexToken.Type.SUPERSCRIPT)) {
        in.advance();
        if (in.peekNonSpace().is(TexToken.Type.PRIME)) {
          // x_i^' : read on as the prime the author meant, so that x^'^T is one finding
          in.syntax(token, "a prime needs no '^': write x' or x^{\\prime}.");
          continue;
        }
        if (superscript) {
          in.syntax(token, "double superscript: put braces around one of them, as in {x^a}^b.");
        }
        superscript = true;
        scriptArgument(token, frame);
      } else if (token.is(TexToken.Type.SUBSCRIPT)) {
        in.advance();
        if (subscript) {
          in.syntax(token, "double subscript: put braces around one of them, as in {x_a}_b.");
        }
        subscript = true;
        scriptArgument(token, frame);
      } else if (token.is(TexToken.Type.PRIME)) {
        if (superscript) {
          in.syntax(
              token,
              "a prime after a superscript is a double superscript: write x'^2 or x^{2\\prime}.");
        }
        while (in.peek().is(TexToken.Type.PRIME)) {
          in.advance();
        }
        superscript = true;
        if (in.peek().is(TexToken.Type.SUPERSCRIPT)) {
          TexToken caret = in.next();
          scriptArgument(caret, frame);
        }
      } else {
        in.reset(save);
        return;
      }
    }
  }

  private void scriptArgument(TexToken script, Frame frame) {
    if (argument(script, frame, false, Bare.ATOM)) {
      return;
    }
    in.syntax(
        script,
        "'" + script.text() + "' needs something after it: write " + script.text() + "{…}.");
  }

  private Base parseBase(Frame frame) {
    TexToken token = in.peek();
    switch (token.type()) {
      case OPEN_BRACE:
        in.advance();
        braceGroup(token, frame.text());
        return Base.OTHER;
      case COMMAND:
        in.advance();
        return command(token, frame);
      case SUPERSCRIPT:
      case SUBSCRIPT:
        if (frame.text()) {
          in.advance();
          in.syntax(
              token,
              "'"
                  + token.text()
                  + "' works only in math, not inside \\text{}: write "
                  + (token.is(TexToken.Type.SUBSCRIPT) ? "\\_" : "\\textasciicircum{}")
                  + " for the character, or put the script outside the text.");
        }
        return Base.NONE;
      case PRIME:
        if (frame.text()) {
          in.advance();
        }
        return Base.NONE;
      case LONE_BACKSLASH:
        in.advance();
        in.syntax(token, "a lone backslash ends the formula: remove it or complete the command.");
        return Base.OTHER;
      default:
        in.advance();
        return character(token, frame);
    }
  }

  private Base character(TexToken token, Frame frame) {
    if (token.isChar('$') && !frame.text()) {
      in.delimiter(
          token,
          "'$' inside a formula: the formula ends here for the renderer; write '\\$' for a dollar sign.");
      return Base.OTHER;
    }
    if (frame.text() && token.isChar('$')) {
      nestedMath(token, Stop.DOLLAR, "$");
      return Base.OTHER;
    }
    int accent = UnicodeAccents.unknownAccent(token.text());
    if (accent >= 0) {
      in.syntax(
          token,
          String.format(
              "KaTeX knows no combining accent U+%04X: use an accent command such as \\hat{…}.",
              accent));
    }
    return "∏∐∑⋀⋁⋂⋃⨀⨁⨂⨄⨆∫∬∭∮∯∰".contains(token.text()) ? Base.OPERATOR : Base.OTHER;
  }

  /** {@code $…$} or {@code \(…\)} inside {@code \text{}}. */
  private void nestedMath(TexToken open, Stop stop, String closer) {
    if (!in.enter(open)) {
      return;
    }
    parseList(new Frame(false, stop));
    in.leave();
    TexToken close = in.peek();
    boolean closed = stop == Stop.DOLLAR ? close.isChar('$') : close.isCommand("\\)");
    if (closed) {
      in.advance();
    } else {
      in.syntax(
          open,
          "'"
              + open.text()
              + "' inside text starts math that is never closed: add '"
              + closer
              + "'.");
    }
  }

  private void braceGroup(TexToken open, boolean text) {
    if (!in.enter(open)) {
      return;
    }
    parseList(new Frame(text, Stop.BRACE));
    in.leave();
    if (in.peek().is(TexToken.Type.CLOSE_BRACE)) {
      in.advance();
    } else if (!in.stopped()) {
      in.syntax(open, "'{' is never closed: add the matching '}'.");
    }
  }

  // ---- arguments ----------------------------------------------------------------------------

  /** How KaTeX reads an argument written without braces. */
  private enum Bare {
    /**
     * One token, parsed on its own (the arguments of most commands): a command that needs arguments
     * of its own finds none there, so {@code \dot\frac{a}{b}} fails.
     */
    TOKEN,
    /**
     * A whole atom (after {@code ^} and {@code _}, for {@code \sqrt}, {@code \mathop}…): a fraction
     * or font may stand there with its arguments, other functions may not.
     */
    ATOM
  }

  /** Reads one argument; false when there is none (end of group, formula or row). */
  private boolean argument(TexToken owner, Frame frame, boolean text, Bare bare) {
    TexToken token = in.peekNonSpace();
    switch (token.type()) {
      case OPEN_BRACE:
        in.advance();
        braceGroup(token, text);
        return true;
      case END:
      case CLOSE_BRACE:
      case ALIGNMENT:
      case SUPERSCRIPT:
      case SUBSCRIPT:
        return false;
      case PRIME:
        if (bare == Bare.ATOM) {
          return false;
        }
        in.advance();
        return true;
      case COMMAND:
        return commandArgument(owner, token, frame, text, bare);
      case LONE_BACKSLASH:
        return false;
      default:
        in.advance();
        if (!text && token.isChar('$')) {
          character(token, frame);
        }
        return true;
    }
  }

  private boolean commandArgument(
      TexToken owner, TexToken token, Frame frame, boolean text, Bare bare) {
    String name = token.text();
    if (INFIX.contains(name)
        || name.equals("\\\\")
        || name.equals("\\end")
        || name.equals("\\right")) {
      return false;
    }
    KatexTables.Command info = isUserMacro(name) ? null : tables.command(name);
    boolean refused =
        info != null && (bare == Bare.TOKEN ? info.needsArgument(text) : info.refusedAsBareAtom());
    if (refused) {
      in.syntax(
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
    in.advance();
    command(token, new Frame(text, frame.stop(), frame.environment()));
    return true;
  }

  private Base command(TexToken token, Frame frame) {
    String name = token.text();
    if (!frame.text()
        && (name.equals("\\(") || name.equals("\\)") || name.equals("\\[") || name.equals("\\]"))) {
      in.delimiter(
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
      in.syntax(token, "\\) without \\(: remove it.");
      return Base.OTHER;
    }
    if (isUserMacro(name) && !DEFINE.contains(name) && !NEW_COMMAND.contains(name)) {
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
          in.syntax(token, "\\middle works only between \\left and \\right.");
        }
        delimiterAfter(token);
        return Base.OTHER;
      case "\\begingroup":
        group(token);
        return Base.OTHER;
      case "\\let":
      case "\\futurelet":
        definitions.let(token);
        return Base.OTHER;
      case "\\global":
      case "\\long":
        definitions.prefix(token);
        return Base.OTHER;
      case "\\verb":
        special.verb(token);
        return Base.OTHER;
      case "\\char":
        special.charCode(token);
        return Base.OTHER;
      case "\\hline":
      case "\\hdashline":
        if (openEnvironments == 0) {
          in.syntax(token, name + " works only inside an array or matrix environment.");
        }
        return Base.OTHER;
      case "\\limits":
      case "\\nolimits":
        in.syntax(token, name + " must follow an operator such as \\sum or \\int.");
        return Base.OTHER;
      case "\\tag":
        tag(token);
        break;
      default:
        break;
    }
    if (DEFINE.contains(name)) {
      definitions.define(token);
      return Base.OTHER;
    }
    if (NEW_COMMAND.contains(name)) {
      definitions.newCommand(token);
      return Base.OTHER;
    }
    if (BIG.contains(name)) {
      delimiterAfter(token);
      return Base.OTHER;
    }
    if (STARRED.contains(name) && in.peek().isChar('*')) {
      in.advance();
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
      in.unknown(
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
    boolean optional = info.optionalArg() && optionalArgument(token, name.equals("\\rule"));
    // Like TeX's primitives, these read a whole atom; \sqrt does when it has no [index].
    Bare bare =
        ATOM_ARGUMENTS.contains(name) || (name.equals("\\sqrt") && !optional)
            ? Bare.ATOM
            : Bare.TOKEN;
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
        present = special.specialArgument(token, i);
      } else if (SIZE_ARGUMENTS.getOrDefault(name, Set.of()).contains(i)
          || (name.equals("\\genfrac") && i == 2)) {
        present = special.sizeArgument(token, name.equals("\\genfrac"));
      } else if (LOOSE_SIZE.contains(name)) {
        present = special.looseSize(token);
      } else {
        boolean text =
            TEXT_ARGUMENTS.getOrDefault(name, Set.of()).contains(i)
                || frame.text() && isTextFont(name);
        present = argument(token, frame, text, bare);
      }
      if (!present) {
        if (info.needsArgument(frame.text())) {
          in.syntax(
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

  /**
   * {@code [...]} after a command; a size for {@code \rule}, math otherwise. False when there is
   * none.
   */
  private boolean optionalArgument(TexToken owner, boolean size) {
    int save = in.position();
    TexToken open = in.peekNonSpace();
    if (!open.isChar('[')) {
      in.reset(save);
      return false;
    }
    in.advance();
    if (size) {
      String content = in.rawUntilBracket(open);
      if (content != null && !TexArguments.isSize(content)) {
        in.syntax(
            open, "'" + content + "' is not a size: write a number and a unit, such as 0.2em.");
      }
      return true;
    }
    if (!in.enter(open)) {
      return true;
    }
    parseList(new Frame(false, Stop.BRACKET));
    in.leave();
    if (in.peek().isChar(']')) {
      in.advance();
    } else if (!in.stopped()) {
      in.syntax(
          open,
          "the optional argument of " + owner.text() + " opened by '[' is never closed: add ']'.");
    }
    return true;
  }

  // ---- constructs ---------------------------------------------------------------------------

  private void environment(TexToken begin) {
    TexToken nameToken = in.peekNonSpace();
    String name = in.rawGroup(begin).orElse(null);
    if (name == null) {
      return;
    }
    KatexTables.Environment env = tables.environment(name);
    if (env == null) {
      String suggestion =
          suggestions
              .closest(name, tables.environmentNames())
              .map(s -> " Did you mean {" + s + "}?")
              .orElse("");
      in.unknown(
          nameToken, "unknown environment {" + name + "} for " + renderer() + "." + suggestion);
    } else {
      if (env.displayOnly() && !display && katex) {
        in.syntax(
            begin,
            "{"
                + name
                + "} works only in display math: use $$…$$ or a ```math block, or {aligned}/{gathered} inline.");
      }
      environmentArguments(begin, name, env);
    }
    if (!in.enter(begin)) {
      return;
    }
    openEnvironments++;
    parseList(new Frame(false, Stop.ENVIRONMENT, name));
    openEnvironments--;
    in.leave();
    TexToken end = in.peek();
    if (!end.isCommand("\\end")) {
      if (!in.stopped()) {
        in.syntax(begin, "\\begin{" + name + "} has no \\end{" + name + "}: add it.");
      }
      return;
    }
    in.advance();
    in.rawGroup(end)
        .filter(closing -> !closing.equals(name))
        .ifPresent(
            closing ->
                in.syntax(
                    end,
                    "\\begin{" + name + "} is ended by \\end{" + closing + "}: make them match."));
  }

  private void environmentArguments(TexToken begin, String name, KatexTables.Environment env) {
    if (name.endsWith("matrix*") && in.peek().isChar('[')) {
      TexToken open = in.next();
      String align = in.rawUntilBracket(open);
      if (align != null && !align.strip().matches("[lcr]")) {
        in.syntax(open, "{" + name + "} takes [l], [c] or [r] as its column alignment.");
      }
    }
    for (int i = 0; i < env.args(); i++) {
      TexToken open = in.peekNonSpace();
      String spec = in.rawGroup(begin).orElse(null);
      if (spec == null || !COLUMN_ENVIRONMENTS.contains(name)) {
        continue;
      }
      if (!TexArguments.isColumnSpec(spec)) {
        in.syntax(open, "'" + spec + "' is not a column specification: use l, c, r and |.");
      } else if (name.equals("subarray") && spec.replaceAll("[|: ]", "").length() != 1) {
        in.syntax(open, "{subarray} has exactly one column: write {c} or {l}.");
      }
    }
  }

  private void leftRight(TexToken left) {
    delimiterAfter(left);
    if (!in.enter(left)) {
      return;
    }
    openLefts++;
    parseList(new Frame(false, Stop.RIGHT));
    openLefts--;
    in.leave();
    TexToken right = in.peek();
    if (!right.isCommand("\\right")) {
      if (!in.stopped()) {
        in.syntax(left, "\\left without \\right: add \\right) or \\right. before the group ends.");
      }
      return;
    }
    in.advance();
    delimiterAfter(right);
  }

  private void delimiterAfter(TexToken command) {
    TexToken token = in.peekNonSpace();
    if (BIG.contains(command.text()) && token.is(TexToken.Type.OPEN_BRACE)) {
      int save = in.position();
      in.advance();
      TexToken inner = in.peekNonSpace();
      in.advance();
      if (TexDelimiters.isDelimiter(inner) && in.peekNonSpace().is(TexToken.Type.CLOSE_BRACE)) {
        in.advance();
        return;
      }
      in.reset(save);
    }
    if (token.is(TexToken.Type.END)) {
      in.syntax(command, command.text() + " needs a delimiter after it, such as ( or \\{ or '.'.");
      return;
    }
    in.advance();
    if (!TexDelimiters.isDelimiter(token)) {
      in.syntax(
          token,
          "'"
              + token.text()
              + "' is not a delimiter after "
              + command.text()
              + ": use ( ) [ ] \\{ \\} | or '.'.");
    }
  }

  /**
   * An arrow of {@code {CD}}: {@code @} and one of {@code <>AV=|.}; the first four close two labels
   * with the same character, as in {@code @>a>b>}.
   */
  private void cdArrow(TexToken at, Frame frame) {
    TexToken kind = in.peekNonSpace();
    if (kind.text().length() != 1 || "<>AV=|.".indexOf(kind.text().charAt(0)) < 0) {
      in.syntax(at, "'@' in {CD} starts an arrow: write @>>>, @<<<, @AAA, @VVV, @=, @| or @.");
      return;
    }
    in.advance();
    char arrow = kind.text().charAt(0);
    if ("=|.".indexOf(arrow) >= 0) {
      return;
    }
    for (int label = 0; label < 2; label++) {
      while (!in.peekNonSpace().isChar(arrow)) {
        TexToken next = in.peek();
        if (next.isChar('@') || endsRow(next)) {
          in.syntax(
              at,
              "this {CD} arrow needs two more '"
                  + arrow
                  + "': write @"
                  + arrow
                  + "…"
                  + arrow
                  + "…"
                  + arrow
                  + ".");
          return;
        }
        parseAtom(frame);
      }
      in.advance();
    }
  }

  private static boolean endsRow(TexToken token) {
    return token.is(TexToken.Type.END)
        || token.is(TexToken.Type.CLOSE_BRACE)
        || token.is(TexToken.Type.ALIGNMENT)
        || token.isCommand("\\\\")
        || token.isCommand("\\cr")
        || token.isCommand("\\end");
  }

  private void group(TexToken begin) {
    if (!in.enter(begin)) {
      return;
    }
    parseList(new Frame(false, Stop.GROUP));
    in.leave();
    if (in.peek().isCommand("\\endgroup")) {
      in.advance();
    } else if (!in.stopped()) {
      in.syntax(begin, "\\begingroup without \\endgroup: add it.");
    }
  }

  private void tag(TexToken token) {
    if (katex && !display) {
      in.syntax(token, "\\tag works only in display math: use $$…$$ or a ```math block.");
    }
    if (++tags == 2) {
      in.syntax(token, "only one \\tag per formula.");
    }
  }

  private void unknownCommand(TexToken token, boolean textMode) {
    String name = token.text();
    boolean symbol = name.length() == 2 && !TexLexer.isLetter(name.charAt(1));
    if (symbol && markdownEscapes && MathSpanExtractor.isAsciiPunctuation(name.charAt(1))) {
      return; // Markdown has turned it into the character itself
    }
    String suggestion =
        symbol
            ? " Write " + name.charAt(1) + " without the backslash."
            : suggestions
                .closest(name, tables.commandNames())
                .map(s -> " Did you mean " + s + "?")
                .orElse(" Define it with \\newcommand, or configure it under math.macros.");
    in.unknown(
        token,
        name
            + " is not a command "
            + renderer()
            + " knows"
            + (textMode ? " (in text mode)" : "")
            + "."
            + suggestion);
  }

  /** Defined by the document or the configuration, so its arguments are unknown. */
  private boolean isUserMacro(String name) {
    return userMacros.contains(name) || definitions.defines(name);
  }

  private String renderer() {
    return katex ? "KaTeX" : "MathJax";
  }
}
