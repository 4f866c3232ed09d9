package io.github.qbanklint.rules.toc;

import io.github.qbanklint.core.api.Fix;
import io.github.qbanklint.core.bank.Toc;
import io.github.qbanklint.core.bank.TocEntry;
import io.github.qbanklint.core.document.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * Writes a table of contents from the headings in the style of the existing one: per depth, the
 * same list marker, indentation, links or plain entries, and with or without the headings' leading
 * numbers. Link entries point at the heading's HTML id where it has one, else its GitHub slug.
 * Entries that link elsewhere stay as written; plain entries that name no heading go.
 */
final class TocRegenerator {
  private static final Pattern ORDERED_START = Pattern.compile("^(\\d+)([.)])(\\s|$)");
  private static final String ESCAPED = "\\`*_[]<";

  private final Map<Integer, Style> styles = new HashMap<>();
  private final List<TocEntry> entries;
  private final List<TocComparison.Match> matches;
  private final ToIntFunction<TocTarget> depthOf;

  /** How entries of one depth are written. */
  private record Style(String marker, String indent, boolean links, boolean dropNumbers) {
    boolean ordered() {
      return Character.isDigit(marker.charAt(0));
    }
  }

  private TocRegenerator(
      List<TocEntry> entries, List<TocComparison.Match> matches, ToIntFunction<TocTarget> depthOf) {
    this.entries = entries;
    this.matches = matches;
    this.depthOf = depthOf;
  }

  /**
   * The edit that replaces the table's lists with a regenerated one; empty when nothing changes,
   * and for a table of contents written as a Markdown table.
   */
  static Optional<Fix> fix(
      Document document,
      Toc toc,
      List<TocTarget> targets,
      ToIntFunction<TocTarget> depthOf,
      List<TocComparison.Match> matches) {
    if (toc.table() || toc.listStart() >= toc.listEnd()) {
      return Optional.empty(); // a table's columns and group rows are the author's to keep
    }
    String separator = document.sourceFacts().lineEnding().separator();
    String generated =
        new TocRegenerator(toc.entries(), matches, depthOf).write(document, targets, separator);
    String current = document.text().substring(toc.listStart(), toc.listEnd());
    if (generated.equals(current)) {
      return Optional.empty();
    }
    return Optional.of(
        Fix.replace(
            "regenerate the table of contents from the headings",
            toc.listStart(),
            toc.listEnd(),
            generated));
  }

  private String write(Document document, List<TocTarget> targets, String separator) {
    int maxDepth =
        Math.max(
            targets.stream().mapToInt(depthOf).max().orElse(1),
            entries.stream().mapToInt(TocEntry::depth).max().orElse(1));
    Lines lines = new Lines(separator, maxDepth);
    Consumer<TocEntry> keep = e -> lines.add(e.depth(), style(e.depth()), written(document, e));
    Map<TocTarget, List<TocEntry>> linksAfter = new IdentityHashMap<>();
    keptLinks(linksAfter).forEach(keep);
    for (TocTarget target : targets) {
      int depth = depthOf.applyAsInt(target);
      Style style = style(depth);
      lines.add(depth, style, content(target, style));
      linksAfter.getOrDefault(target, List.of()).forEach(keep);
    }
    return lines.toString();
  }

  /**
   * Link entries that pair with no heading, each put in {@code after} under the heading of the
   * paired entry before it; returns those before any paired entry. They lead to another file, a
   * URL, an anchor that is no listed heading, or nowhere (broken-anchor reports those):
   * regenerating the table never drops them.
   */
  private List<TocEntry> keptLinks(Map<TocTarget, List<TocEntry>> after) {
    List<TocEntry> first = new ArrayList<>();
    Map<TocEntry, TocTarget> targetOf = new IdentityHashMap<>();
    matches.forEach(m -> targetOf.put(m.entry(), m.target()));
    TocTarget previous = null;
    for (TocEntry e : entries) {
      TocTarget target = targetOf.get(e);
      if (target != null) {
        previous = target;
      } else if (e.isLink()) {
        (previous == null ? first : after.computeIfAbsent(previous, t -> new ArrayList<>())).add(e);
      }
    }
    return first;
  }

  /** The entry's text as written, Markdown and all. */
  private static String written(Document document, TocEntry entry) {
    return document.text().substring(entry.start(), entry.end());
  }

  /** The table's lines, numbered per depth for ordered lists. */
  private static final class Lines {
    private final StringBuilder out = new StringBuilder();
    private final String separator;
    private final int[] counters;

    Lines(String separator, int maxDepth) {
      this.separator = separator;
      this.counters = new int[maxDepth + 2];
    }

    void add(int depth, Style style, String content) {
      counters[depth]++;
      for (int deeper = depth + 1; deeper < counters.length; deeper++) {
        counters[deeper] = 0;
      }
      if (!out.isEmpty()) {
        out.append(separator);
      }
      out.append(style.indent())
          .append(style.ordered() ? counters[depth] + style.marker().substring(1) : style.marker())
          .append(' ')
          .append(content);
    }

    @Override
    public String toString() {
      return out.toString();
    }
  }

  private static String content(TocTarget target, Style style) {
    String text = target.heading().text();
    if (style.dropNumbers() && TocText.hasLeadingNumber(text)) {
      text = TocText.withoutLeadingNumber(text).strip();
    }
    if (style.links()) {
      return "[" + escape(text) + "](" + destination("#" + target.heading().anchor()) + ")";
    }
    String escaped = escape(text);
    if (!escaped.isEmpty() && "#>+-=".indexOf(escaped.charAt(0)) >= 0) {
      return "\\" + escaped;
    }
    return ORDERED_START.matcher(escaped).replaceFirst("$1\\\\$2$3");
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (ESCAPED.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /** A link destination as written: in angle brackets when it has spaces or parentheses. */
  static String destination(String target) {
    boolean plain =
        target.chars().noneMatch(c -> c == ' ' || c == '(' || c == ')' || c == '<' || c == '>');
    return plain ? target : "<" + target.replace("<", "%3C").replace(">", "%3E") + ">";
  }

  private Style style(int depth) {
    // Not computeIfAbsent: detecting a depth without entries asks for the depth above it.
    Style style = styles.get(depth);
    if (style == null) {
      style = detect(depth);
      styles.put(depth, style);
    }
    return style;
  }

  private Style detect(int depth) {
    List<TocEntry> atDepth = entries.stream().filter(e -> e.depth() == depth).toList();
    if (atDepth.isEmpty()) {
      if (depth <= 1) {
        return new Style("-", "", true, false);
      }
      Style parent = style(depth - 1);
      String indent = parent.indent() + " ".repeat(parent.marker().length() + 1);
      return new Style(parent.marker(), indent, parent.links(), parent.dropNumbers());
    }
    long links = atDepth.stream().filter(TocEntry::isLink).count();
    return new Style(
        mostCommon(atDepth, TocEntry::marker),
        mostCommon(atDepth, TocEntry::indent),
        links * 2 >= atDepth.size(),
        dropsNumbers(depth));
  }

  /** Whether entries of this depth mostly leave out the leading number their headings have. */
  private boolean dropsNumbers(int depth) {
    int kept = 0;
    int dropped = 0;
    for (TocComparison.Match m : matches) {
      if (m.entry().depth() == depth && TocText.hasLeadingNumber(m.target().heading().text())) {
        if (TocText.hasLeadingNumber(m.entry().text())) {
          kept++;
        } else {
          dropped++;
        }
      }
    }
    return dropped > kept;
  }

  private static String mostCommon(List<TocEntry> entries, Function<TocEntry, String> property) {
    Map<String, Integer> counts = new HashMap<>();
    List<String> order = new ArrayList<>();
    for (TocEntry e : entries) {
      String value = property.apply(e);
      if (counts.merge(value, 1, Integer::sum) == 1) {
        order.add(value);
      }
    }
    String best = order.get(0);
    for (String value : order) {
      if (counts.get(value) > counts.get(best)) {
        best = value;
      }
    }
    return best;
  }
}
