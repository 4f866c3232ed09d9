package io.github.qbanklint.core.config;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** What is wrong with a regex a config gives, in the words every config message uses. */
public final class RegexProblem {
  private RegexProblem() {}

  /**
   * Why {@code regex} cannot be used, or empty: it does not compile (the regex error and where), or
   * it lacks one of the named {@code groups}.
   */
  public static Optional<String> of(String regex, List<String> groups) {
    try {
      Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      return Optional.of(
          "'"
              + regex
              + "' is not a valid regex: "
              + e.getDescription()
              + (e.getIndex() >= 0 ? " near character " + (e.getIndex() + 1) : ""));
    }
    for (String group : groups) {
      if (!regex.contains("(?<" + group + ">")) {
        return Optional.of(
            "'" + regex + "' has no group named '" + group + "'; write (?<" + group + ">…)");
      }
    }
    return Optional.empty();
  }
}
