package io.github.qbanklint.rules.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the expectation markers of a fixture and blanks them, and the fixture-config comment, with
 * spaces so that every other character keeps its line and column.
 */
final class FixtureMarkers {
  private static final Pattern MARKER = Pattern.compile("<!--\\s*expect\\s+(.*?)\\s*-->");
  private static final Pattern CONFIG =
      Pattern.compile("\\A\\s*<!--\\s*fixture-config\\b(.*?)-->", Pattern.DOTALL);
  private static final Pattern TOKEN = Pattern.compile("'([^']*)'|(\\S+)");

  /** One expected finding. */
  record Expectation(
      String ruleId,
      int line,
      Optional<Integer> column,
      Optional<String> messagePart,
      String marker) {}

  record Parsed(String blankedText, String configYaml, List<Expectation> expectations) {}

  private FixtureMarkers() {}

  static Parsed parse(String text) {
    StringBuilder blanked = new StringBuilder(text);
    String config = "";
    Matcher cm = CONFIG.matcher(text);
    if (cm.find()) {
      config = cm.group(1);
      blank(blanked, cm.start(), cm.end());
    }
    List<Expectation> expectations = new ArrayList<>();
    Matcher m = MARKER.matcher(text);
    while (m.find()) {
      int line = lineOf(text, m.start());
      expectations.addAll(expectations(m.group(1), line, m.group()));
      blank(blanked, m.start(), m.end());
    }
    return new Parsed(blanked.toString(), config, expectations);
  }

  private static List<Expectation> expectations(String body, int markerLine, String marker) {
    int count = 1;
    String rule = null;
    int line = markerLine;
    Optional<Integer> column = Optional.empty();
    Optional<String> message = Optional.empty();
    Matcher t = TOKEN.matcher(body);
    while (t.find()) {
      if (t.group(1) != null) {
        message = Optional.of(t.group(1));
        continue;
      }
      String token = t.group(2);
      if (rule == null && token.matches("\\d+")) {
        count = Integer.parseInt(token);
      } else if (rule == null) {
        rule = token;
      } else if (token.equals("below")) {
        line = markerLine + 1;
      } else if (token.equals("above")) {
        line = markerLine - 1;
      } else if (token.startsWith("col=")) {
        column = Optional.of(Integer.parseInt(token.substring(4)));
      } else {
        throw new IllegalArgumentException(
            "cannot read marker " + marker + " at token '" + token + "'");
      }
    }
    if (rule == null) {
      throw new IllegalArgumentException("marker without a rule id: " + marker);
    }
    List<Expectation> result = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      result.add(new Expectation(rule, line, column, message, marker));
    }
    return result;
  }

  private static void blank(StringBuilder text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c != '\n' && c != '\r') {
        text.setCharAt(i, ' ');
      }
    }
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
      }
    }
    return line;
  }
}
