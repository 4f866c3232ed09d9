package io.github.qbanklint.core.engine;

import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.HtmlFragment;
import io.github.qbanklint.core.document.HtmlScanner;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The suppression comments of one document: {@code <!-- qbank-lint-disable RULE… -->} up to {@code
 * -enable}, {@code -disable-line}, {@code -disable-next-line} and {@code -disable-file}. Without
 * rule ids a comment applies to every rule. Comments inside code do not count.
 */
public final class Suppressions {
  private static final Pattern DIRECTIVE =
      Pattern.compile(
          "<!--\\s*qbank-lint-(disable-file|disable-next-line|disable-line|disable|enable)\\b([^>]*?)-->");
  private static final String ALL = "*";

  /** Lines {@code fromLine} to {@code toLine} where {@code rule} ({@code *}: every rule) is off. */
  public record Range(String rule, int fromLine, int toLine) {}

  private final List<Range> ranges;

  private Suppressions(List<Range> ranges) {
    this.ranges = List.copyOf(ranges);
  }

  /** The suppressions with these ranges (as {@link #ranges()} gave them). */
  public static Suppressions of(List<Range> ranges) {
    return new Suppressions(ranges);
  }

  public List<Range> ranges() {
    return ranges;
  }

  public static Suppressions none() {
    return new Suppressions(List.of());
  }

  public static Suppressions of(Document document) {
    List<Range> ranges = new ArrayList<>();
    List<Range> open = new ArrayList<>();
    for (HtmlFragment fragment : document.htmlFragments()) {
      Matcher m = DIRECTIVE.matcher(fragment.html());
      while (m.find()) {
        int line = document.line(fragment.start() + m.start());
        int endLine = document.line(fragment.start() + m.end());
        List<String> rules = rules(m.group(2));
        switch (m.group(1)) {
          case "disable-file" -> rules.forEach(r -> ranges.add(new Range(r, 1, Integer.MAX_VALUE)));
          case "disable-line" -> rules.forEach(r -> ranges.add(new Range(r, line, endLine)));
          case "disable-next-line" ->
              rules.forEach(r -> ranges.add(new Range(r, endLine + 1, endLine + 1)));
          case "disable" -> rules.forEach(r -> open.add(new Range(r, line, Integer.MAX_VALUE)));
          case "enable" -> close(open, ranges, rules, line);
          default -> throw new IllegalStateException(m.group(1));
        }
      }
    }
    ranges.addAll(open);
    return new Suppressions(ranges);
  }

  private static void close(List<Range> open, List<Range> closed, List<String> rules, int line) {
    open.removeIf(
        r -> {
          boolean matches = rules.contains(ALL) || rules.contains(r.rule());
          if (matches) {
            closed.add(new Range(r.rule(), r.fromLine(), line));
          }
          return matches;
        });
  }

  private static List<String> rules(String text) {
    String cleaned = HtmlScanner.withoutComments(text).strip();
    if (cleaned.isEmpty()) {
      return List.of(ALL);
    }
    return List.of(cleaned.split("[\\s,]+"));
  }

  public boolean suppresses(String ruleId, int line) {
    for (Range r : ranges) {
      if (line >= r.fromLine()
          && line <= r.toLine()
          && (r.rule().equals(ALL) || r.rule().equals(ruleId))) {
        return true;
      }
    }
    return false;
  }

  /** Rule ids named in this document's comments, to warn about misspelt ones. */
  public Set<String> namedRules() {
    return Set.copyOf(ranges.stream().map(Range::rule).filter(r -> !r.equals(ALL)).toList());
  }
}
