package io.github.qbanklint.rules.structure;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.bank.SequenceNumber;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Checks the numbering of sibling headings of one role: duplicates, numbers out of order, a first
 * number other than 1, and gaps. One defect gives one finding: a moved heading is reported as out
 * of order (the rest are not shifted), and a gap names every missing number at once.
 */
final class NumberingChecker {
  private static final int MAX_LISTED_GAP = 1000;
  private final DocumentContext context;
  private final List<Outline.Item> outline;
  private final String noun;
  private final String what;

  /**
   * @param noun names bare numbers in messages ("question ")
   * @param what the plural noun for messages ("questions", "sections")
   */
  NumberingChecker(DocumentContext context, String noun, String what) {
    this.context = context;
    this.outline = Outline.of(context.document(), context.bank());
    this.noun = noun;
    this.what = what;
  }

  /**
   * Checks the numbered outline items that {@code role} accepts, each sequence on its own: the
   * siblings under one parent section with one parent number, ATX and HTML headings alike.
   */
  void check(Predicate<Outline.Item> role) {
    Map<List<Object>, List<Numbered>> sequences = new LinkedHashMap<>();
    Map<List<Object>, List<Numbered>> otherRoles = new HashMap<>();
    for (Outline.Item item : outline) {
      if (item.number().isPresent()) {
        (role.test(item) ? sequences : otherRoles)
            .computeIfAbsent(
                List.of(item.parentHeading(), parentNumber(item)), k -> new ArrayList<>())
            .add(Numbered.of(item.heading(), item.number().get(), noun));
      }
    }
    sequences.forEach(
        (key, siblings) -> check(siblings, otherRoles.getOrDefault(key, List.of()), role));
  }

  /**
   * The number's parent part, as a sequence key; empty when it is the enclosing section's own
   * number, so that {@code 5.1}, {@code 5.2} and {@code 第3题} under {@code 五、} are one sequence.
   */
  private static String parentNumber(Outline.Item item) {
    String parent = item.number().orElseThrow().parentKey();
    Optional<SequenceNumber> section = item.parent().flatMap(Outline.Item::number);
    return section.isPresent() && parent.equals(section.get().text() + ".") ? "" : parent;
  }

  /**
   * @param otherRoles the numbered siblings of the other role: a chapter that numbers its topics
   *     and its questions in one sequence ({@code ### 31.2} a question, {@code ### 31.3} a section
   *     over {@code #### 31.3.1}) misses neither's numbers
   */
  private void check(
      List<Numbered> siblings, List<Numbered> otherRoles, Predicate<Outline.Item> role) {
    List<Numbered> distinct = withoutDuplicates(siblings);
    List<Numbered> ordered = longestIncreasing(distinct);
    Set<Numbered> inOrder = Collections.newSetFromMap(new IdentityHashMap<>());
    inOrder.addAll(ordered);
    Map<Numbered, Integer> position = new IdentityHashMap<>();
    for (int i = siblings.size() - 1; i >= 0; i--) {
      position.put(siblings.get(i), i);
    }
    for (Numbered n : distinct) {
      if (!inOrder.contains(n)) {
        report(
            n,
            n.label()
                + " is out of order: it comes "
                + neighbours(siblings, position.get(n))
                + "; move it or renumber the "
                + what
                + ".");
      }
    }
    Set<Integer> heldByOtherRole = new HashSet<>();
    String prefix = siblings.get(0).number().prefix();
    otherRoles.stream()
        .filter(n -> n.number().prefix().equals(prefix))
        .forEach(n -> heldByOtherRole.add(n.value()));
    Set<Integer> present = new HashSet<>(heldByOtherRole);
    distinct.forEach(n -> present.add(n.value()));
    if (!ordered.isEmpty()
        && ordered.get(0).value() != 1
        && !heldByOtherRole.contains(ordered.get(0).value() - 1)
        && !numbersTheFile(ordered.get(0))) {
      checkStart(ordered.get(0), siblings.get(0), present, role);
    }
    for (int i = 1; i < ordered.size(); i++) {
      Numbered before = ordered.get(i - 1);
      Numbered after = ordered.get(i);
      reportGap(before, after, missingBetween(before.value(), after.value(), present));
    }
  }

  private void reportGap(Numbered before, Numbered after, List<Integer> missing) {
    if (missing.isEmpty()) {
      return;
    }
    report(
        after,
        names(after, missing)
            + " between "
            + describe(before)
            + " and "
            + describe(after)
            + ": add "
            + (missing.size() == 1 ? "it" : "them")
            + ", or renumber the "
            + what
            + ".");
  }

  /** The lines of the siblings before and after position {@code at}. */
  private static String neighbours(List<Numbered> siblings, int at) {
    String before = at > 0 ? "after " + describe(siblings.get(at - 1)) : "first";
    if (at + 1 == siblings.size()) {
      return before;
    }
    return before + (at > 0 ? " and before " : ", before ") + describe(siblings.get(at + 1));
  }

  /**
   * A sequence whose first number is not 1. A bare number above the last one of its kind in an
   * earlier section goes on from there (questions numbered through the file, {@code ### 3.} opening
   * the section after the one that ends with {@code ### 2.}): only numbers skipped between the two
   * are missing.
   */
  private void checkStart(
      Numbered first, Numbered sequenceStart, Set<Integer> present, Predicate<Outline.Item> role) {
    Optional<Numbered> earlier = previousInFile(first, sequenceStart, role);
    if (earlier.isPresent() && earlier.get().value() < first.value()) {
      reportGap(
          earlier.get(), first, missingBetween(earlier.get().value(), first.value(), present));
      return;
    }
    Optional<Outline.Item> predecessor = predecessorElsewhere(first);
    if (predecessor.isPresent()) {
      Outline.Item p = predecessor.get();
      report(
          first,
          first.label()
              + " continues "
              + p.number().orElseThrow().text()
              + " (line "
              + p.heading().line()
              + "), which is not among its sibling "
              + what
              + ": put it beside "
              + p.number().orElseThrow().text()
              + " (same level, same section), or renumber it.");
      return;
    }
    List<Integer> missing = missingBetween(0, first.value(), present);
    report(
        first,
        missing.isEmpty()
            ? "numbering of these "
                + what
                + " starts at "
                + first.label()
                + " (line "
                + first.line()
                + "), not at 1; renumber them from 1."
            : names(first, missing)
                + " before "
                + describe(first)
                + ": the "
                + what
                + " should be numbered from 1; add "
                + (missing.size() == 1 ? "it" : "them")
                + " or renumber.");
  }

  /**
   * Whether a heading is the file's own top heading ({@code # 31. RegExp} opening chapter 31 of a
   * book kept one chapter a file): its number counts the files, so numbers before it are not
   * missing from this one.
   */
  private boolean numbersTheFile(Numbered first) {
    return first.heading().level() == 1 && outline.get(0).heading() == first.heading();
  }

  /**
   * The last heading before {@code first}, of any role, numbered just before it in the same dotted
   * numbering ({@code 4.10} for a {@code ## 4.11} written outside the section holding {@code 4.1}
   * to {@code 4.10}): the sequence goes on there, so its earlier numbers are not missing.
   */
  private Optional<Outline.Item> predecessorElsewhere(Numbered first) {
    if (first.number().parentKey().isEmpty()) {
      return Optional.empty();
    }
    String wanted = first.number().parentKey() + (first.value() - 1);
    Outline.Item found = null;
    for (Outline.Item item : outline) {
      if (item.heading().start() >= first.heading().start()) {
        break;
      }
      if (item.number().filter(n -> n.text().equals(wanted)).isPresent()) {
        found = item;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * For a bare number, the last item before its sequence that {@code role} accepts with a bare
   * number and the same marker.
   */
  private Optional<Numbered> previousInFile(
      Numbered first, Numbered sequenceStart, Predicate<Outline.Item> role) {
    if (!first.number().parentKey().isEmpty()) {
      return Optional.empty();
    }
    Numbered found = null;
    for (Outline.Item item : outline) {
      if (item.heading().start() >= sequenceStart.heading().start()) {
        break;
      }
      Optional<SequenceNumber> number =
          item.number()
              .filter(n -> n.parentKey().isEmpty() && n.prefix().equals(first.number().prefix()));
      if (role.test(item) && number.isPresent()) {
        found = Numbered.of(item.heading(), number.get(), noun);
      }
    }
    return Optional.ofNullable(found);
  }

  private List<Numbered> withoutDuplicates(List<Numbered> siblings) {
    Map<Integer, Numbered> firstByValue = new LinkedHashMap<>();
    List<Numbered> distinct = new ArrayList<>();
    for (Numbered n : siblings) {
      Numbered earlier = firstByValue.putIfAbsent(n.value(), n);
      if (earlier == null) {
        distinct.add(n);
      } else {
        report(
            n,
            n.label()
                + " appears twice: "
                + describe(earlier)
                + " and line "
                + n.line()
                + "; renumber one of them.");
      }
    }
    return distinct;
  }

  /** The longest strictly increasing run of numbers, in document order (patience sorting). */
  private static List<Numbered> longestIncreasing(List<Numbered> items) {
    int n = items.size();
    int[] tails = new int[n];
    int[] previous = new int[n];
    int length = 0;
    for (int i = 0; i < n; i++) {
      int value = items.get(i).value();
      int lo = 0;
      int hi = length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (items.get(tails[mid]).value() < value) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      previous[i] = lo > 0 ? tails[lo - 1] : -1;
      tails[lo] = i;
      length = Math.max(length, lo + 1);
    }
    List<Numbered> result = new ArrayList<>();
    for (int i = length > 0 ? tails[length - 1] : -1; i >= 0; i = previous[i]) {
      result.add(items.get(i));
    }
    Collections.reverse(result);
    return result;
  }

  private static List<Integer> missingBetween(int low, int high, Set<Integer> present) {
    List<Integer> missing = new ArrayList<>();
    if (high - low > MAX_LISTED_GAP) {
      return List.of(low + 1, high - 1); // named as a range; nothing in between is enumerated
    }
    for (int v = low + 1; v < high; v++) {
      if (!present.contains(v)) {
        missing.add(v);
      }
    }
    return missing;
  }

  private static String names(Numbered like, List<Integer> missing) {
    if (missing.size() == 1) {
      return like.label(missing.get(0)) + " is missing";
    }
    int span = missing.get(missing.size() - 1) - missing.get(0) + 1;
    if (span == missing.size() && missing.size() > 3 || span > MAX_LISTED_GAP) {
      return like.label(missing.get(0))
          + " to "
          + like.label(missing.get(missing.size() - 1))
          + " are missing";
    }
    List<String> labels = missing.stream().map(like::label).toList();
    return String.join(", ", labels.subList(0, labels.size() - 1))
        + " and "
        + labels.get(labels.size() - 1)
        + " are missing";
  }

  private static String describe(Numbered n) {
    return n.label() + " (line " + n.line() + ")";
  }

  private void report(Numbered n, String message) {
    context.report(n.heading().start(), n.heading().end(), message);
  }
}
