package io.github.qbanklint.rules.math;

import java.util.HashSet;
import java.util.Set;

/**
 * Checks {@code \def} and its kin, {@code \newcommand} and its kin, {@code \let} and the {@code
 * \global} / {@code \long} prefixes, and remembers what the formula defines.
 */
final class MacroDefinitions {
  private final TexCursor in;
  private final KatexTables tables;
  private final TexChecker.Macros macros;
  private final Set<String> definedHere = new HashSet<>();

  MacroDefinitions(TexCursor in, KatexTables tables, TexChecker.Macros macros) {
    this.in = in;
    this.tables = tables;
    this.macros = macros;
  }

  /** Whether this formula has defined {@code name} so far. */
  boolean defines(String name) {
    return definedHere.contains(name);
  }

  void define(TexToken token) {
    TexToken name = in.peekNonSpace();
    if (!name.is(TexToken.Type.COMMAND) && !name.isChar('~')) {
      in.syntax(
          name.is(TexToken.Type.END) ? token : name,
          token.text()
              + " must be followed by a control sequence, as in "
              + token.text()
              + "\\name{…}.");
      return;
    }
    in.advance();
    definedHere.add(name.text());
    int expected = 1;
    while (true) {
      TexToken t = in.peek();
      if (t.is(TexToken.Type.OPEN_BRACE)) {
        break;
      }
      if (t.is(TexToken.Type.END)) {
        in.syntax(token, token.text() + name.text() + " has no body: add {…}.");
        return;
      }
      in.advance();
      if (t.is(TexToken.Type.PARAMETER)) {
        TexToken number = in.peek();
        if (number.is(TexToken.Type.OPEN_BRACE)) {
          break;
        }
        in.advance();
        if (!number.text().equals(String.valueOf(expected)) || expected > 9) {
          in.syntax(
              number,
              "parameters of " + name.text() + " must be numbered #1, #2, … in order (up to #9).");
          return;
        }
        expected++;
      }
    }
    in.rawGroup(token);
  }

  void newCommand(TexToken token) {
    TexToken first = in.peekNonSpace();
    TexToken name = first;
    if (first.is(TexToken.Type.OPEN_BRACE)) {
      in.advance();
      name = in.peekNonSpace();
    }
    if (!name.is(TexToken.Type.COMMAND)) {
      in.syntax(
          name.is(TexToken.Type.END) ? token : name,
          token.text()
              + " must be followed by the new command's name, as in "
              + token.text()
              + "{\\name}{…}.");
      return;
    }
    in.advance();
    if (first.is(TexToken.Type.OPEN_BRACE)) {
      if (!in.peekNonSpace().is(TexToken.Type.CLOSE_BRACE)) {
        in.syntax(
            first,
            token.text() + " takes one control sequence in braces: " + token.text() + "{\\name}.");
        return;
      }
      in.advance();
    }
    boolean exists =
        tables.knows(name.text())
            || definedHere.contains(name.text())
            || macros.configured().contains(name.text());
    if (token.text().equals("\\newcommand")
        && (tables.knows(name.text()) || definedHere.contains(name.text()))) {
      in.syntax(name, name.text() + " is already defined: use \\renewcommand or another name.");
    } else if (token.text().equals("\\renewcommand") && !exists) {
      in.syntax(name, name.text() + " is not defined yet: use \\newcommand.");
    }
    definedHere.add(name.text());
    TexToken open = in.peekNonSpace();
    if (open.isChar('[')) {
      in.advance();
      String count = in.rawUntilBracket(open);
      if (count != null && !count.strip().matches("\\d+")) {
        in.syntax(
            open,
            "the number of arguments of " + name.text() + " must be a whole number, as in [2].");
      }
      TexToken defaultValue = in.peekNonSpace();
      if (defaultValue.isChar('[')) {
        in.advance();
        in.rawUntilBracket(defaultValue);
      }
    }
    if (in.peekNonSpace().is(TexToken.Type.OPEN_BRACE)) {
      in.rawGroup(token);
    } else if (in.peek().is(TexToken.Type.END)) {
      in.syntax(token, token.text() + name.text() + " has no body: add {…}.");
    } else {
      in.advance();
    }
  }

  void let(TexToken token) {
    TexToken name = in.peekNonSpace();
    if (!name.is(TexToken.Type.COMMAND)) {
      in.syntax(
          name.is(TexToken.Type.END) ? token : name,
          token.text() + " must be followed by a control sequence.");
      return;
    }
    in.advance();
    definedHere.add(name.text());
    if (token.text().equals("\\futurelet")) {
      return;
    }
    in.skipSpaces();
    if (in.peek().isChar('=')) {
      in.advance();
      if (in.peek().is(TexToken.Type.SPACE)) {
        in.advance();
      }
    }
    TexToken target = in.next();
    if (target.is(TexToken.Type.END)) {
      in.syntax(token, token.text() + name.text() + " needs the token it copies.");
    } else if (target.is(TexToken.Type.OPEN_BRACE) || target.is(TexToken.Type.CLOSE_BRACE)) {
      in.stop(); // the braces that follow no longer pair up as written: nothing more to check
    }
  }

  void prefix(TexToken token) {
    TexToken next = in.peekNonSpace();
    String name = next.text();
    boolean ok =
        next.is(TexToken.Type.COMMAND)
            && (UserMacros.PREFIXABLE.contains(name) || macros.definers().contains(name));
    if (!ok) {
      in.syntax(
          next.is(TexToken.Type.END) ? token : next,
          token.text() + " must be followed by \\def, \\gdef, \\edef, \\xdef or \\let.");
    }
  }
}
