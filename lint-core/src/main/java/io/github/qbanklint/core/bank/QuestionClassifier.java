package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.Heading;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which headings are questions. A heading that matches a question pattern ({@code 问题N},
 * {@code Q:}) or ends in a question mark is explicit. A level where at least half the leaf-most
 * headings are explicit is a question level, and every heading there without explicit questions
 * beneath it is a question. A bank with no explicit question at all uses its deepest level of
 * numbered leaf headings ({@code <h2 id="1.x">1.x</h2>}, {@code ### 1.2.3 …}).
 */
final class QuestionClassifier {
  private static final Pattern LEADING_SEPARATOR = Pattern.compile("^[\\s:：.．、)]+");
  private final List<Pattern> questionPatterns;
  private final Pattern numberPattern;
  private final BankConventions conventions;

  QuestionClassifier(BankConventions conventions) {
    this.conventions = conventions;
    this.questionPatterns = new ArrayList<>();
    for (String regex : conventions.questionPatterns()) {
      questionPatterns.add(Pattern.compile("^\\s*(?:" + regex + ")", Pattern.CASE_INSENSITIVE));
    }
    this.numberPattern = Pattern.compile("^\\s*(?:" + conventions.numberPattern() + ")");
  }

  /** What a heading's text says about it as a question: its marker, number and title. */
  record Marker(boolean matchesPattern, Optional<String> number, String title) {}

  /**
   * The question headings among {@code headings} (document order, TOC heading removed), each with
   * its marker; an identity map, since equal headings at different places are different questions.
   */
  Map<Heading, Marker> questions(List<Heading> headings) {
    List<Marker> markers = new ArrayList<>(headings.size());
    for (Heading h : headings) {
      markers.add(marker(h.text()));
    }
    boolean[] chosen;
    if (!conventions.questionLevels().isEmpty()) {
      chosen = new boolean[headings.size()];
      for (int i = 0; i < headings.size(); i++) {
        chosen[i] = conventions.questionLevels().contains(headings.get(i).level());
      }
    } else {
      boolean[] explicit = new boolean[headings.size()];
      boolean anyExplicit = false;
      for (int i = 0; i < headings.size(); i++) {
        explicit[i] = isExplicit(headings.get(i), markers.get(i));
        anyExplicit |= explicit[i];
      }
      chosen =
          anyExplicit
              ? byQuestionLevels(headings, markers, explicit)
              : numberedLeaves(headings, markers);
    }
    Map<Heading, Marker> questions = new IdentityHashMap<>();
    for (int i = 0; i < headings.size(); i++) {
      if (chosen[i]) {
        questions.put(headings.get(i), markers.get(i));
      }
    }
    return questions;
  }

  private boolean[] byQuestionLevels(
      List<Heading> headings, List<Marker> markers, boolean[] explicit) {
    boolean[] parentOfExplicit = new boolean[headings.size()];
    boolean[] hasChildren = new boolean[headings.size()];
    for (int i = 0; i < headings.size(); i++) {
      for (int j = i + 1;
          j < headings.size() && headings.get(j).level() > headings.get(i).level();
          j++) {
        hasChildren[i] = true;
        if (explicit[j]) {
          parentOfExplicit[i] = true;
          break;
        }
      }
    }
    Map<Integer, int[]> perLevel = new HashMap<>();
    for (int i = 0; i < headings.size(); i++) {
      if (!parentOfExplicit[i]) {
        int[] counts = perLevel.computeIfAbsent(headings.get(i).level(), k -> new int[2]);
        counts[0]++;
        if (explicit[i]) {
          counts[1]++;
        }
      }
    }
    Set<Integer> questionLevels = new HashSet<>();
    perLevel.forEach(
        (level, counts) -> {
          if (counts[1] > 0 && counts[1] * 2 >= counts[0]) {
            questionLevels.add(level);
          }
        });
    boolean[] questions = new boolean[headings.size()];
    for (int i = 0; i < headings.size(); i++) {
      boolean atQuestionLevel = questionLevels.contains(headings.get(i).level());
      boolean patternQuestion = markers.get(i).matchesPattern() && !hasChildren[i];
      questions[i] = !parentOfExplicit[i] && (atQuestionLevel || patternQuestion);
    }
    return questions;
  }

  private static boolean[] numberedLeaves(List<Heading> headings, List<Marker> markers) {
    Map<Integer, int[]> perLevel = new HashMap<>();
    boolean[] leaf = new boolean[headings.size()];
    for (int i = 0; i < headings.size(); i++) {
      leaf[i] = i + 1 >= headings.size() || headings.get(i + 1).level() <= headings.get(i).level();
      if (leaf[i]) {
        int[] counts = perLevel.computeIfAbsent(headings.get(i).level(), k -> new int[2]);
        counts[0]++;
        if (markers.get(i).number().isPresent()) {
          counts[1]++;
        }
      }
    }
    int level = -1;
    for (Map.Entry<Integer, int[]> e : perLevel.entrySet()) {
      int[] counts = e.getValue();
      if (counts[1] >= 2 && counts[1] * 2 >= counts[0] && e.getKey() > level) {
        level = e.getKey();
      }
    }
    boolean[] questions = new boolean[headings.size()];
    for (int i = 0; i < headings.size(); i++) {
      questions[i] =
          leaf[i] && headings.get(i).level() == level && markers.get(i).number().isPresent();
    }
    return questions;
  }

  private boolean isExplicit(Heading heading, Marker marker) {
    return marker.matchesPattern()
        || (conventions.questionMarkEndsQuestion() && endsWithQuestionMark(heading.text()));
  }

  private static boolean endsWithQuestionMark(String text) {
    String trimmed = text.strip();
    return trimmed.endsWith("?") || trimmed.endsWith("？");
  }

  /**
   * The marker of a heading text, in one pass over the patterns (anchored at the start, so {@code
   * lookingAt} is {@code find} without the scan): the first question pattern that matches gives the
   * number (its {@code number} group) and the title (the text after it); else a leading number
   * does.
   */
  Marker marker(String text) {
    for (Pattern p : questionPatterns) {
      Matcher m = p.matcher(text);
      if (m.lookingAt()) {
        return new Marker(true, group(m), stripSeparator(text.substring(m.end())));
      }
    }
    Matcher m = numberPattern.matcher(text + " ");
    return m.lookingAt()
        ? new Marker(
            false, group(m), stripSeparator(text.substring(Math.min(m.end(), text.length()))))
        : new Marker(false, Optional.empty(), text.strip());
  }

  private static String stripSeparator(String rest) {
    return LEADING_SEPARATOR.matcher(rest).replaceFirst("").strip();
  }

  private static Optional<String> group(Matcher m) {
    try {
      return Optional.ofNullable(m.group("number"));
    } catch (IllegalArgumentException noGroup) {
      return Optional.empty();
    }
  }
}
