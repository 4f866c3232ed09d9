package io.github.qbanklint.rules.math;

/**
 * One TeX token of a formula: its type, and its position {@code [start, end)} in the formula.
 * {@code text} is the control sequence with its backslash, or the character.
 */
record TexToken(Type type, String text, int start, int end) {

  /** What a token is to the checker. */
  enum Type {
    COMMAND,
    OPEN_BRACE,
    CLOSE_BRACE,
    SUPERSCRIPT,
    SUBSCRIPT,
    ALIGNMENT,
    PARAMETER,
    PRIME,
    SPACE,
    CHARACTER,
    /** A backslash at the very end of the formula. */
    LONE_BACKSLASH,
    END
  }

  boolean is(Type type) {
    return this.type == type;
  }

  boolean isCommand(String name) {
    return type == Type.COMMAND && text.equals(name);
  }

  boolean isChar(char c) {
    return type == Type.CHARACTER && text.length() == 1 && text.charAt(0) == c;
  }
}
