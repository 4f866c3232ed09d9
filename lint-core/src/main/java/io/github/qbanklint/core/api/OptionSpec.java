package io.github.qbanklint.core.api;

import java.util.List;

/**
 * A rule option: its name, its type and its default. Config values are checked against the type,
 * and a string option with {@code choices} against them.
 *
 * @param choices the values a string option may take; empty when any string will do
 */
public record OptionSpec(
    String name, Type type, Object defaultValue, String description, List<String> choices) {

  public OptionSpec {
    choices = List.copyOf(choices);
  }

  public OptionSpec(String name, Type type, Object defaultValue, String description) {
    this(name, type, defaultValue, description, List.of());
  }

  /** The types an option may have. */
  public enum Type {
    BOOLEAN,
    INTEGER,
    STRING,
    STRING_LIST
  }

  public static OptionSpec bool(String name, boolean defaultValue, String description) {
    return new OptionSpec(name, Type.BOOLEAN, defaultValue, description);
  }

  public static OptionSpec integer(String name, int defaultValue, String description) {
    return new OptionSpec(name, Type.INTEGER, defaultValue, description);
  }

  public static OptionSpec string(String name, String defaultValue, String description) {
    return new OptionSpec(name, Type.STRING, defaultValue, description);
  }

  /** A string option that takes one of {@code choices}, the first of them by default. */
  public static OptionSpec choice(String name, List<String> choices, String description) {
    return new OptionSpec(name, Type.STRING, choices.get(0), description, choices);
  }

  public static OptionSpec stringList(String name, List<String> defaultValue, String description) {
    return new OptionSpec(name, Type.STRING_LIST, List.copyOf(defaultValue), description);
  }
}
