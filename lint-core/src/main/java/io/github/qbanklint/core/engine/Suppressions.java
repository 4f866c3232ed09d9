package io.github.qbanklint.core.engine;

import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.SuppressionComment;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines where each rule is off, from a document's {@link SuppressionComment}s: {@code disable}
 * up to {@code enable}, {@code disable-line}, {@code disable-next-line} and {@code disable-file}.
 * Without rule ids a comment applies to every rule.
 */
public final class Suppressions {
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
    for (SuppressionComment comment : SuppressionComment.of(document)) {
      int line = document.line(comment.start());
      int endLine = document.line(comment.end());
      List<String> rules = rules(comment);
      switch (comment.directive()) {
        case "disable-file" -> rules.forEach(r -> ranges.add(new Range(r, 1, Integer.MAX_VALUE)));
        case "disable-line" -> rules.forEach(r -> ranges.add(new Range(r, line, endLine)));
        case "disable-next-line" ->
            rules.forEach(r -> ranges.add(new Range(r, endLine + 1, endLine + 1)));
        case "disable" -> rules.forEach(r -> open.add(new Range(r, line, Integer.MAX_VALUE)));
        case "enable" -> close(open, ranges, rules, line);
        default -> throw new IllegalStateException(comment.directive());
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

  private static List<String> rules(SuppressionComment comment) {
    if (comment.rules().isEmpty()) {
      return List.of(ALL);
    }
    return comment.rules().stream().map(SuppressionComment.RuleName::id).toList();
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
}
