package io.github.qbanklint.core.api;

import java.util.List;
import java.util.Optional;

/**
 * A rule option: its name, its type and its default. Config values are checked against the type, a
 * string option with {@code choices} against them, a number against its range, and a regex, or
 * every item of a regex list, for being a valid regex.
 *
 * @param choices the values a string option may take; empty when any string will do
 * @param range the closed interval a number option must lie in; empty for other types
 * @param groups the named groups a regex option must define; empty for other types
 */
public record OptionSpec(
    String name,
    Type type,
    Object defaultValue,
    String description,
    List<String> choices,
    Optional<Range> range,
    List<String> groups) {

  public OptionSpec {
    choices = List.copyOf(choices);
    groups = List.copyOf(groups);
  }

  public OptionSpec(String name, Type type, Object defaultValue, String description) {
    this(name, type, defaultValue, description, List.of(), Optional.empty(), List.of());
  }

  /** The types an option may have. */
  public enum Type {
    BOOLEAN,
    INTEGER,
    NUMBER,
    STRING,
    STRING_LIST,
    REGEX,
    REGEX_LIST
  }

  /** The closed interval {@code [min, max]}. */
  public record Range(double min, double max) {
    public boolean contains(double value) {
      return value >= min && value <= max;
    }

    /** {@code 0.5 to 1}: whole bounds without a decimal point. */
    public String describe() {
      return number(min) + " to " + number(max);
    }

    private static String number(double value) {
      return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
  }

  public static OptionSpec bool(String name, boolean defaultValue, String description) {
    return new OptionSpec(name, Type.BOOLEAN, defaultValue, description);
  }

  /** A whole number from {@code min} to {@code max}, both included. */
  public static OptionSpec integer(
      String name, int defaultValue, int min, int max, String description) {
    return new OptionSpec(
        name,
        Type.INTEGER,
        defaultValue,
        description,
        List.of(),
        Optional.of(new Range(min, max)),
        List.of());
  }

  public static OptionSpec string(String name, String defaultValue, String description) {
    return new OptionSpec(name, Type.STRING, defaultValue, description);
  }

  /** A number from {@code min} to {@code max}, both included. */
  public static OptionSpec number(
      String name, double defaultValue, double min, double max, String description) {
    return new OptionSpec(
        name,
        Type.NUMBER,
        defaultValue,
        description,
        List.of(),
        Optional.of(new Range(min, max)),
        List.of());
  }

  /** A string option that takes one of {@code choices}, the first of them by default. */
  public static OptionSpec choice(String name, List<String> choices, String description) {
    return new OptionSpec(
        name, Type.STRING, choices.get(0), description, choices, Optional.empty(), List.of());
  }

  public static OptionSpec stringList(String name, List<String> defaultValue, String description) {
    return new OptionSpec(name, Type.STRING_LIST, List.copyOf(defaultValue), description);
  }

  /**
   * A Java regular expression that defines the named {@code groups}; a config value that does not
   * compile, or lacks one of them, is an error.
   */
  public static OptionSpec regex(
      String name, String defaultValue, String description, String... groups) {
    return new OptionSpec(
        name, Type.REGEX, defaultValue, description, List.of(), Optional.empty(), List.of(groups));
  }

  /** A list of Java regular expressions; a config value that does not compile is an error. */
  public static OptionSpec regexList(String name, List<String> defaultValue, String description) {
    return new OptionSpec(name, Type.REGEX_LIST, List.copyOf(defaultValue), description);
  }
}
