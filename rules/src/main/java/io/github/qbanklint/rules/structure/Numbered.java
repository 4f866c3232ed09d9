package io.github.qbanklint.rules.structure;

import io.github.qbanklint.core.document.Heading;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A heading's number as written ({@code 问题3}, {@code Q3}, {@code 1.2.3}): the parts, and the text
 * before the number so that messages can name other numbers the same way.
 *
 * @param heading the numbered heading
 * @param prefix the text before the number ({@code 问题}, {@code Q}), or a noun for bare numbers
 *     ({@code section })
 * @param parts the number's components ({@code 1.2.3} is {@code [1, 2, 3]})
 */
record Numbered(Heading heading, String prefix, int[] parts) {
  private static final Pattern QUESTION_NUMBER =
      Pattern.compile(
          "^\\s*((?:问题|题目|Q|Question)\\s*)(\\d+(?:\\.\\d+)*)", Pattern.CASE_INSENSITIVE);
  private static final Pattern LEADING_NUMBER =
      Pattern.compile("^\\s*()(\\d+(?:\\.\\d+)*)(?:[.、．)）]|\\s|$)");

  /** The number of a question heading: a question marker's, else a leading one. */
  static Optional<Numbered> ofQuestion(Heading heading) {
    Matcher m = QUESTION_NUMBER.matcher(heading.text());
    return m.find() ? of(heading, m, "") : leading(heading, "question ");
  }

  /** The leading number of a section title ({@code 3.}, {@code 3.2 }). */
  static Optional<Numbered> ofSection(Heading heading) {
    return leading(heading, "section ");
  }

  /** A leading number, named in messages with {@code noun} ("section 3"). */
  private static Optional<Numbered> leading(Heading heading, String noun) {
    Matcher m = LEADING_NUMBER.matcher(heading.text());
    return m.find() ? of(heading, m, noun) : Optional.empty();
  }

  private static Optional<Numbered> of(Heading heading, Matcher m, String noun) {
    try {
      int[] parts = Arrays.stream(m.group(2).split("\\.")).mapToInt(Integer::parseInt).toArray();
      String prefix = m.group(1).isEmpty() ? noun : m.group(1);
      return Optional.of(new Numbered(heading, prefix, parts));
    } catch (NumberFormatException tooLong) {
      return Optional.empty();
    }
  }

  /** The last component, the one that counts within its group. */
  int value() {
    return parts[parts.length - 1];
  }

  /** The components before the last, as a key for grouping ({@code 1.2.} for {@code 1.2.3}). */
  String parentNumber() {
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < parts.length - 1; i++) {
      key.append(parts[i]).append('.');
    }
    return key.toString();
  }

  /** How this heading's numbering would write {@code value}: {@code 问题2}, {@code 1.2.4}. */
  String label(int value) {
    return prefix + parentNumber() + value;
  }

  String label() {
    return label(value());
  }

  int line() {
    return heading.line();
  }
}
