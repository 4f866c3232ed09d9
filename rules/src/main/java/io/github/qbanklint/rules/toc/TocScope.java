package io.github.qbanklint.rules.toc;

import java.util.ArrayList;
import java.util.List;

/**
 * Which headings a table of contents lists: sections at some heading levels and questions at some,
 * each a bit mask of levels ({@code 1 << level}). Inferred from the headings its entries name, so a
 * table of topics never asks for the questions under them; toc-missing-entry's {@code scope} option
 * overrides it.
 */
record TocScope(int sectionLevels, int questionLevels) {
  /** The values of the {@code scope} option; the first is the default. */
  static final List<String> OPTION_VALUES = List.of("auto", "sections", "questions", "all");

  private static final int ALL_LEVELS = 0b1111110;

  /** The scope the option names, {@code listed} for {@code auto}. */
  static TocScope of(String option, TocScope listed) {
    return switch (option) {
      case "sections" -> new TocScope(ALL_LEVELS, 0);
      case "questions" -> new TocScope(0, ALL_LEVELS);
      case "all" -> new TocScope(ALL_LEVELS, ALL_LEVELS);
      default -> listed;
    };
  }

  /** The roles and levels of the headings that entries name. */
  static TocScope listedBy(List<TocComparison.Match> matches) {
    int sections = 0;
    int questions = 0;
    for (TocComparison.Match m : matches) {
      int level = 1 << m.target().heading().level();
      if (m.target().question()) {
        questions |= level;
      } else {
        sections |= level;
      }
    }
    return new TocScope(sections, questions);
  }

  boolean covers(TocTarget target) {
    int levels = target.question() ? questionLevels : sectionLevels;
    return (levels & 1 << target.heading().level()) != 0;
  }

  TocScope union(TocScope other) {
    return new TocScope(sectionLevels | other.sectionLevels, questionLevels | other.questionLevels);
  }

  /** The depth of {@code target} in a table of this scope: one below its nearest covered parent. */
  int depthOf(TocTarget target) {
    int depth = 1;
    for (TocTarget p = target.parent().orElse(null); p != null; p = p.parent().orElse(null)) {
      depth += covers(p) ? 1 : 0;
    }
    return depth;
  }

  /** For messages: {@code h2 sections and h3 questions}, {@code sections}, {@code no headings}. */
  String describe() {
    List<String> parts = new ArrayList<>();
    describe(sectionLevels, "sections", parts);
    describe(questionLevels, "questions", parts);
    return parts.isEmpty() ? "no headings" : String.join(" and ", parts);
  }

  private static void describe(int levels, String role, List<String> parts) {
    if (levels == ALL_LEVELS) {
      parts.add(role);
    } else if (levels != 0) {
      List<String> names = new ArrayList<>();
      for (int level = 1; level <= 6; level++) {
        if ((levels & 1 << level) != 0) {
          names.add("h" + level);
        }
      }
      parts.add(String.join("/", names) + " " + role);
    }
  }
}
