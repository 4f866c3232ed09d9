package io.github.qbanklint.rules.answers;

import io.github.qbanklint.core.api.DocumentSummary;
import io.github.qbanklint.core.api.OptionSpec;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.api.WorkspaceContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The same question asked twice: the same {@link QuestionKey} (numbering, case, width, spaces and
 * punctuation aside), in one file or, by default, anywhere in the workspace; and, one severity
 * lower, nearly the same question ({@link NearDuplicates}). Every location of a duplicated question
 * gets one finding naming up to three of the others (their paths relative to its file's folder), so
 * a question asked 200 times gives 200 findings, not 200² pairs.
 */
public final class DuplicateQuestionRule implements Rule {
  private static final String SCOPE = "scope";
  private static final String NEAR = "near";
  private static final String NEAR_THRESHOLD = "nearThreshold";
  private static final int NAMED = 3;
  private static final Comparator<NearDuplicates.Similar> CLOSEST_FIRST =
      Comparator.comparingDouble(NearDuplicates.Similar::similarity)
          .reversed()
          .thenComparingInt(NearDuplicates.Similar::other);

  private static final RuleMeta META =
      RuleMeta.builder("duplicate-question")
          .family("answers")
          .summary("The same question is asked twice, in a file or across the workspace.")
          .severity(Severity.WARNING)
          .tags("answers")
          .option(
              OptionSpec.choice(
                  SCOPE,
                  List.of("workspace", "file"),
                  "where to look for the same question: every file, or each file alone"))
          .option(
              OptionSpec.bool(
                  NEAR, true, "also report nearly identical questions, one severity lower"))
          .option(
              OptionSpec.number(
                  NEAR_THRESHOLD,
                  0.9,
                  0.5,
                  1,
                  "how similar (Jaccard similarity of character 3-grams) a question must be to"
                      + " another to be nearly the same"))
          .build();

  /** One asked question: in which file, where in it, and its title. */
  private record Asked(Place file, DocumentSummary.QuestionFact fact, Title title) {
    String path() {
      return file.path();
    }

    String key() {
      return title.key();
    }

    /** {@code path:line}, the path relative to the folder of {@code from}, as a link would be. */
    String locationFrom(Asked from) {
      return file.relativeTo(from.file) + ":" + fact.line();
    }
  }

  /**
   * A title and its key, one instance for each title however many files ask it, so that the maps of
   * a run compare titles by reference.
   */
  private record Title(String text, String key) {}

  /**
   * A file's path, and its folder (one instance for each folder) and name, split once for all its
   * questions.
   */
  private record Place(String path, Path folder, String name) {
    static Place of(String path, Map<Path, Path> folders) {
      Path p = Path.of(path);
      Path folder = p.getParent() == null ? null : folders.computeIfAbsent(p.getParent(), f -> f);
      return new Place(path, folder, p.getFileName().toString());
    }

    String relativeTo(Place from) {
      if (Objects.equals(folder, from.folder)) {
        return name; // the common case, where no path needs relativizing
      }
      Path here = Path.of(path);
      return (from.folder == null ? here : from.folder.relativize(here))
          .toString()
          .replace('\\', '/');
    }
  }

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void checkWorkspace(WorkspaceContext context) {
    boolean perFile = context.options().getString(SCOPE).equals("file");
    Map<String, List<Asked>> byKey = byKey(context.documents());
    for (List<Asked> group : byKey.values()) {
      for (List<Asked> same : perFile ? byPath(group) : List.of(group)) {
        if (same.size() > 1) {
          reportExact(context, same);
        }
      }
    }
    if (context.options().getBoolean(NEAR)) {
      // Quiz questions differ by what they show, which a near match of their words cannot tell.
      List<List<Asked>> worded =
          byKey.values().stream().filter(g -> g.get(0).fact().promptKey().isEmpty()).toList();
      reportNear(context, new ArrayList<>(worded), perFile);
    }
  }

  /**
   * Every question under its key (its title's, with what it shows before its answer), keys in order
   * of first appearance, paths in sorted order.
   */
  private static Map<String, List<Asked>> byKey(List<DocumentSummary> documents) {
    Map<String, List<Asked>> byKey = new LinkedHashMap<>();
    Map<String, Title> titles = new HashMap<>(); // titles repeat across copies of a bank
    Map<Path, Path> folders = new HashMap<>();
    documents.stream()
        .sorted(Comparator.comparing(DocumentSummary::path))
        .forEach(
            d -> {
              Place file = Place.of(d.path(), folders);
              for (DocumentSummary.QuestionFact q : d.questions()) {
                Title title =
                    titles.computeIfAbsent(q.title(), t -> new Title(t, QuestionKey.of(t)));
                if (!title.key().isEmpty()) {
                  // The same words over different code or options are different quiz questions.
                  String key =
                      q.promptKey().isEmpty() ? title.key() : title.key() + '\0' + q.promptKey();
                  byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Asked(file, q, title));
                }
              }
            });
    return byKey;
  }

  private static List<List<Asked>> byPath(List<Asked> group) {
    return new ArrayList<>(byPathMap(group).values());
  }

  private static Map<String, List<Asked>> byPathMap(List<Asked> group) {
    Map<String, List<Asked>> byPath = new LinkedHashMap<>();
    group.forEach(a -> byPath.computeIfAbsent(a.path(), p -> new ArrayList<>()).add(a));
    return byPath;
  }

  private static void reportExact(WorkspaceContext context, List<Asked> same) {
    // Past the first few locations, each names the same first few as the others: its message
    // depends only on its title and folder, and a question asked thousands of times has one.
    // Titles and folders are one instance each, compared by reference.
    Map<Path, Map<Title, String>> pastTheNamed = new IdentityHashMap<>();
    for (int i = 0; i < same.size(); i++) {
      Asked asked = same.get(i);
      if (!context.reported(asked.path())) {
        continue;
      }
      String message =
          i < NAMED
              ? exactMessage(asked, same)
              : pastTheNamed
                  .computeIfAbsent(asked.file().folder(), f -> new IdentityHashMap<>())
                  .computeIfAbsent(asked.title(), t -> exactMessage(asked, same));
      report(context, asked, message, context.severity());
    }
  }

  private static String exactMessage(Asked asked, List<Asked> same) {
    List<String> others = new ArrayList<>(NAMED);
    for (int i = 0; i < same.size() && others.size() < NAMED; i++) {
      if (same.get(i) != asked) {
        others.add(same.get(i).locationFrom(asked));
      }
    }
    return "'"
        + shown(asked)
        + "' is asked "
        + same.size()
        + " times: also at "
        + listed(others, same.size() - 1)
        + "; keep one, with the best answer, and remove the others.";
  }

  private static void reportNear(
      WorkspaceContext context, List<List<Asked>> groups, boolean perFile) {
    List<String> keys = groups.stream().map(g -> g.get(0).key()).toList();
    List<List<NearDuplicates.Similar>> similar =
        NearDuplicates.of(keys, context.options().getDouble(NEAR_THRESHOLD));
    Map<Integer, Map<String, List<Asked>>> byPathOfGroup = new HashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      if (similar.get(i).isEmpty()) {
        continue; // most questions of a large workspace
      }
      List<NearDuplicates.Similar> near = similar.get(i).stream().sorted(CLOSEST_FIRST).toList();
      for (Asked asked : reported(context, groups.get(i))) {
        List<String> others = new ArrayList<>();
        int count = 0;
        for (NearDuplicates.Similar s : near) {
          List<Asked> partners =
              perFile
                  ? byPathOfGroup
                      .computeIfAbsent(s.other(), g -> byPathMap(groups.get(g)))
                      .getOrDefault(asked.path(), List.of())
                  : groups.get(s.other());
          count += partners.size();
          for (Asked other :
              partners.subList(0, Math.min(partners.size(), NAMED - others.size()))) {
            others.add(other.locationFrom(asked) + " '" + shown(other) + "' (" + percent(s) + ")");
          }
        }
        if (count > 0) {
          report(
              context,
              asked,
              "'"
                  + shown(asked)
                  + "' is nearly the same question as "
                  + listed(others, count)
                  + ": if they ask the same thing, keep one and remove the others.",
              context.severity().milder());
        }
      }
    }
  }

  /** The questions of {@code group} in files whose findings the run reports. */
  private static List<Asked> reported(WorkspaceContext context, List<Asked> group) {
    return group.stream().filter(a -> context.reported(a.path())).toList();
  }

  /** {@code a.md:3, b.md:7 and 12 more}. */
  private static String listed(List<String> named, int total) {
    String list = String.join(", ", named);
    return total > named.size() ? list + " and " + (total - named.size()) + " more" : list;
  }

  /** The similarity rounded down, so that a near duplicate never shows as 100%. */
  private static String percent(NearDuplicates.Similar s) {
    return String.format(Locale.ROOT, "%d%% similar", (int) Math.floor(s.similarity() * 100));
  }

  /** The title, cut to 40 code points. */
  private static String shown(Asked asked) {
    String title = asked.fact().title().strip();
    return title.codePointCount(0, title.length()) <= 40
        ? title
        : title.substring(0, title.offsetByCodePoints(0, 39)) + "…";
  }

  private static void report(
      WorkspaceContext context, Asked asked, String message, Severity severity) {
    DocumentSummary.QuestionFact q = asked.fact();
    context.report(
        asked.path(), q.line(), q.column(), q.endLine(), q.endColumn(), message, severity);
  }
}
