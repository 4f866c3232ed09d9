package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.Heading;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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

  /** The question headings among {@code headings} (document order, TOC heading removed). */
  Set<Heading> questions(List<Heading> headings) {
    if (!conventions.questionLevels().isEmpty()) {
      Set<Heading> byLevel = new HashSet<>();
      for (Heading h : headings) {
        if (conventions.questionLevels().contains(h.level())) {
          byLevel.add(h);
        }
      }
      return byLevel;
    }
    boolean[] explicit = new boolean[headings.size()];
    boolean anyExplicit = false;
    for (int i = 0; i < headings.size(); i++) {
      explicit[i] = isExplicit(headings.get(i));
      anyExplicit |= explicit[i];
    }
    return anyExplicit ? byQuestionLevels(headings, explicit) : numberedLeaves(headings);
  }

  private Set<Heading> byQuestionLevels(List<Heading> headings, boolean[] explicit) {
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
    Set<Heading> questions = new HashSet<>();
    for (int i = 0; i < headings.size(); i++) {
      Heading h = headings.get(i);
      boolean atQuestionLevel = questionLevels.contains(h.level());
      boolean patternQuestion = matchesPattern(h.text()) && !hasChildren[i];
      if (!parentOfExplicit[i] && (atQuestionLevel || patternQuestion)) {
        questions.add(h);
      }
    }
    return questions;
  }

  private Set<Heading> numberedLeaves(List<Heading> headings) {
    Map<Integer, int[]> perLevel = new HashMap<>();
    boolean[] leaf = new boolean[headings.size()];
    for (int i = 0; i < headings.size(); i++) {
      leaf[i] = i + 1 >= headings.size() || headings.get(i + 1).level() <= headings.get(i).level();
      if (leaf[i]) {
        int[] counts = perLevel.computeIfAbsent(headings.get(i).level(), k -> new int[2]);
        counts[0]++;
        if (number(headings.get(i).text()).isPresent()) {
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
    Set<Heading> questions = new HashSet<>();
    for (int i = 0; i < headings.size(); i++) {
      Heading h = headings.get(i);
      if (leaf[i] && h.level() == level && number(h.text()).isPresent()) {
        questions.add(h);
      }
    }
    return questions;
  }

  boolean isExplicit(Heading heading) {
    String text = heading.text();
    return matchesPattern(text)
        || (conventions.questionMarkEndsQuestion() && endsWithQuestionMark(text));
  }

  private boolean matchesPattern(String text) {
    for (Pattern p : questionPatterns) {
      if (p.matcher(text).find()) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWithQuestionMark(String text) {
    String trimmed = text.strip();
    return trimmed.endsWith("?") || trimmed.endsWith("？");
  }

  /** The question number in a heading: from a question pattern, else a leading number. */
  Optional<String> number(String text) {
    for (Pattern p : questionPatterns) {
      Matcher m = p.matcher(text);
      if (m.find()) {
        return group(m);
      }
    }
    Matcher m = numberPattern.matcher(text + " ");
    return m.find() ? group(m) : Optional.empty();
  }

  /** The heading text after its question marker and number. */
  String title(String text) {
    for (Pattern p : questionPatterns) {
      Matcher m = p.matcher(text);
      if (m.find()) {
        return stripSeparator(text.substring(m.end()));
      }
    }
    Matcher m = numberPattern.matcher(text + " ");
    return m.find()
        ? stripSeparator(text.substring(Math.min(m.end(), text.length())))
        : text.strip();
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
