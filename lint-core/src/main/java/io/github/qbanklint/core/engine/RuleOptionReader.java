package io.github.qbanklint.core.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.qbanklint.core.api.OptionSpec;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleOptions;
import io.github.qbanklint.core.config.ConfigException;
import io.github.qbanklint.core.config.RegexProblem;
import io.github.qbanklint.core.config.RuleConfig;
import io.github.qbanklint.core.text.DidYouMean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one rule's options from its config entry against the rule's {@link OptionSpec}s. A problem
 * is a {@link ConfigException} in the words of the other config checks: an unknown option at its
 * key, with the option most likely meant; a wrong value at the value, with what the option takes.
 */
final class RuleOptionReader {
  /** The keys of a rule entry that are not options: they are read with the entry. */
  private static final List<String> ENTRY_KEYS = List.of("enabled", "severity");

  private final Rule rule;
  private final Path source;

  RuleOptionReader(Rule rule, Path source) {
    this.rule = rule;
    this.source = source;
  }

  /** The rule's effective options: the entry's values over the declared defaults. */
  RuleOptions read(RuleConfig entry) {
    Map<String, Object> values = new HashMap<>();
    Map<String, OptionSpec> specs = new HashMap<>();
    for (OptionSpec spec : rule.meta().options()) {
      values.put(spec.name(), spec.defaultValue());
      specs.put(spec.name(), spec);
    }
    if (entry != null) {
      for (Map.Entry<String, RuleConfig.LocatedValue> e : entry.options().entrySet()) {
        OptionSpec spec = specs.get(e.getKey());
        if (spec == null) {
          throw unknown(e.getKey(), e.getValue(), specs.keySet());
        }
        values.put(spec.name(), convert(spec, e.getValue()));
      }
    }
    return new RuleOptions(values);
  }

  private ConfigException unknown(
      String name, RuleConfig.LocatedValue located, java.util.Set<String> options) {
    List<String> known = new ArrayList<>(ENTRY_KEYS);
    known.addAll(options.stream().sorted().toList());
    String hint = DidYouMean.hint(name, known);
    return new ConfigException(
        source,
        located.line(),
        located.column(),
        "unknown option '"
            + name
            + "' for rule "
            + rule.id()
            + (!hint.isEmpty()
                ? hint
                : options.isEmpty()
                    ? " (it has no options; its entry takes enabled and severity)"
                    : " (options: " + String.join(", ", known) + ")"));
  }

  private Object convert(OptionSpec spec, RuleConfig.LocatedValue located) {
    JsonNode v = located.value();
    String key = "rules." + rule.id() + "." + spec.name();
    Object result =
        switch (spec.type()) {
          case BOOLEAN -> v.isBoolean() ? v.booleanValue() : null;
          case INTEGER -> v.canConvertToInt() && v.isIntegralNumber() ? v.intValue() : null;
          case NUMBER -> v.isNumber() ? v.doubleValue() : null;
          case STRING, REGEX -> v.isTextual() ? v.textValue() : null;
          case STRING_LIST, REGEX_LIST -> stringList(v);
        };
    if (result == null) {
      throw at(located, key + ": expected " + expected(spec) + ", found " + shown(v));
    }
    Optional<String> problem = problem(spec, result);
    if (problem.isPresent()) {
      throw at(located, key + ": " + problem.get());
    }
    return result;
  }

  /** What is wrong with a value of the right type: out of range, not a choice, not a regex. */
  private static Optional<String> problem(OptionSpec spec, Object value) {
    if (spec.range().isPresent() && !spec.range().get().contains(((Number) value).doubleValue())) {
      OptionSpec.Range range = spec.range().get();
      return Optional.of(
          number(((Number) value).doubleValue())
              + " is not in the range "
              + number(range.min())
              + " to "
              + number(range.max()));
    }
    if (!spec.choices().isEmpty() && !spec.choices().contains(value)) {
      return Optional.of(
          "'"
              + value
              + "' is not one of "
              + String.join(", ", spec.choices())
              + DidYouMean.hint((String) value, spec.choices()));
    }
    if (spec.type() == OptionSpec.Type.REGEX) {
      return RegexProblem.of((String) value, spec.groups());
    }
    if (spec.type() == OptionSpec.Type.REGEX_LIST) {
      for (Object item : (List<?>) value) {
        Optional<String> problem = RegexProblem.of((String) item, List.of());
        if (problem.isPresent()) {
          return problem;
        }
      }
    }
    return Optional.empty();
  }

  private ConfigException at(RuleConfig.LocatedValue located, String message) {
    return new ConfigException(source, located.valueLine(), located.valueColumn(), message);
  }

  private static String expected(OptionSpec spec) {
    return switch (spec.type()) {
      case BOOLEAN -> "true or false";
      case INTEGER -> "a whole number";
      case NUMBER -> "a number";
      case STRING -> "text";
      case REGEX -> "a regex";
      case STRING_LIST -> "a list of strings";
      case REGEX_LIST -> "a list of regexes";
    };
  }

  /** A value as the config shows it: a scalar quoted, a list or map by its kind. */
  private static String shown(JsonNode v) {
    if (v.isArray()) {
      return "a list";
    }
    if (v.isObject()) {
      return "a map";
    }
    return v.isNull() ? "nothing" : "'" + v.asText() + "'";
  }

  /** {@code 0.5}, and {@code 1} rather than {@code 1.0}. */
  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  private static List<String> stringList(JsonNode v) {
    if (!v.isArray()) {
      return null;
    }
    List<String> items = new ArrayList<>();
    for (JsonNode item : v) {
      if (!item.isTextual()) {
        return null;
      }
      items.add(item.textValue());
    }
    return List.copyOf(items);
  }
}
