package io.github.qbanklint.core.bank;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * When an answer is thin: it exists, but is shorter than {@code minLength} units (see {@link
 * AnswerLength}) or is only a link, an image or a pointer to another answer. A multiple-choice
 * question answered by naming its option ({@code C}) is answered in full. Questions whose text
 * matches one of the {@code exclude} patterns are never thin. The one definition, with the one
 * setting (the {@code thin-answer} rule's options), that the rule and the unanswered report's thin
 * list share; an unanswered question is never thin (that is {@code empty-answer}'s).
 */
public final class ThinAnswer {
  /** The rule whose options set what is thin, for the report as for the rule. */
  public static final String RULE_ID = "thin-answer";

  public static final String MIN_LENGTH = "minLength";
  public static final String EXCLUDE = "exclude";

  /**
   * Answers under this many units are thin: 17 of the 405 answers of the example bank and the test
   * banks, all one-liners such as {@code Port 53.} (docs/rules/thin-answer.md has the figures).
   */
  public static final int DEFAULT_MIN_LENGTH = 12;

  /** The default setting: no question excluded. */
  public static final ThinAnswer DEFAULT = new ThinAnswer(DEFAULT_MIN_LENGTH, List.of());

  private final int minLength;
  private final List<Pattern> exclude;

  private ThinAnswer(int minLength, List<Pattern> exclude) {
    this.minLength = minLength;
    this.exclude = List.copyOf(exclude);
  }

  /**
   * The setting from the rule's option values.
   *
   * @throws IllegalArgumentException for an exclude pattern that is not a valid regex
   */
  public static ThinAnswer of(int minLength, List<String> exclude) {
    return new ThinAnswer(minLength, exclude.stream().map(ThinAnswer::compile).toList());
  }

  public int minLength() {
    return minLength;
  }

  /** The same setting with another minimum length, as {@code report --thin-below} sets it. */
  public ThinAnswer withMinLength(int minLength) {
    return new ThinAnswer(minLength, exclude);
  }

  /** Why the answer to a question is thin, or empty when it is not. */
  public Optional<String> problem(String question, boolean answered, AnswerLength length) {
    if (!answered
        || length.form() == AnswerLength.Form.CHOICE
        || exclude.stream().anyMatch(p -> p.matcher(question).find())) {
      return Optional.empty();
    }
    if (length.form() != AnswerLength.Form.TEXT) {
      return Optional.of("is " + length.form().description());
    }
    if (length.units() < minLength) {
      return Optional.of(
          "has "
              + length.units()
              + (length.units() == 1 ? " unit" : " units")
              + " (a CJK character or a word each), under the "
              + minLength
              + " of "
              + RULE_ID
              + "'s "
              + MIN_LENGTH);
    }
    return Optional.empty();
  }

  /** Whether the answer to a question is thin. */
  public boolean isThin(String question, boolean answered, AnswerLength length) {
    return problem(question, answered, length).isPresent();
  }

  private static Pattern compile(String regex) {
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "option '"
              + EXCLUDE
              + "' of rule "
              + RULE_ID
              + ": '"
              + regex
              + "' is not a valid regex: "
              + e.getDescription(),
          e);
    }
  }
}
