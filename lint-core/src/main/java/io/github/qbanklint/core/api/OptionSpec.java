package io.github.qbanklint.core.api;

import java.util.List;

/**
 * A rule option: its name, its type and its default. Config values are checked against the type.
 */
public record OptionSpec(String name, Type type, Object defaultValue, String description) {

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

  public static OptionSpec stringList(String name, List<String> defaultValue, String description) {
    return new OptionSpec(name, Type.STRING_LIST, List.copyOf(defaultValue), description);
  }
}
