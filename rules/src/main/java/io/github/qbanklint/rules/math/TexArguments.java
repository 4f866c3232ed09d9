package io.github.qbanklint.rules.math;

import java.util.Set;
import java.util.regex.Pattern;

/** The special argument types KaTeX checks: sizes, colours, array column specifications. */
final class TexArguments {
  private static final String UNITS = "(em|ex|pt|mm|cm|in|bp|pc|dd|cc|nd|nc|sp|px|mu)";
  private static final Pattern SIZE =
      Pattern.compile("\\s*[-+]?\\s*(\\d+\\.?\\d*|\\.\\d+)\\s*" + UNITS + "\\s*");
  private static final Pattern SIZE_PREFIX =
      Pattern.compile("\\s*[-+]?\\s*(\\d+\\.?\\d*|\\.\\d+)\\s*" + UNITS);
  private static final Pattern COLOR =
      Pattern.compile(
          "\\s*(#[0-9a-f]{3,4}|#[0-9a-f]{6}|#[0-9a-f]{8}|[0-9a-f]{6}|[a-z]+)\\s*",
          Pattern.CASE_INSENSITIVE);
  private static final Set<Character> COLUMN_TYPES = Set.of('l', 'c', 'r', '|', ':', ' ');

  private TexArguments() {}

  static boolean isSize(String text) {
    return SIZE.matcher(text).matches();
  }

  /** The length of the size that starts {@code text}, or -1 when it does not start with one. */
  static int sizePrefix(String text) {
    var m = SIZE_PREFIX.matcher(text);
    return m.lookingAt() ? m.end() : -1;
  }

  static boolean isColor(String text) {
    return COLOR.matcher(text).matches();
  }

  /** A column specification of {@code array}: KaTeX knows l, c, r, | and :. */
  static boolean isColumnSpec(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!COLUMN_TYPES.contains(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
