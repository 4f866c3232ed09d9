package io.github.qbanklint.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.qbanklint.core.api.ConfigKey;
import io.github.qbanklint.core.api.DurationText;
import io.github.qbanklint.core.api.SettingException;
import io.github.qbanklint.core.text.DidYouMean;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Checks what a config file says against the records it binds to, before binding: every key must be
 * one of theirs, every value of the type they declare and within what their {@link ConfigKey}
 * annotations allow, and a config found in the repository may not widen what a run touches. Each
 * problem is reported at its key, in the config's words.
 */
final class ConfigSchema {
  private final ConfigProblems problems;
  private final ConfigOrigin origin;
  private final Path workspace;

  /**
   * @param workspace the found config's directory: what its paths are relative to and stay in
   */
  ConfigSchema(ConfigProblems problems, ConfigOrigin origin, Path workspace) {
    this.problems = problems;
    this.origin = origin;
    this.workspace = workspace;
  }

  /** Checks a whole config file; throws a {@link ConfigException} for the first problem. */
  void check(JsonNode root) {
    if (!root.isObject()) {
      throw problems.at(
          KeyPath.ROOT,
          "the config must be a map of keys such as include, rules and links, not "
              + describe(root));
    }
    checkRecord(root, ConfigFile.class, KeyPath.ROOT);
  }

  private void checkRecord(JsonNode node, Class<?> type, KeyPath path) {
    Map<String, RecordComponent> keys =
        Arrays.stream(type.getRecordComponents())
            .collect(Collectors.toMap(RecordComponent::getName, c -> c));
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      KeyPath keyPath = path.key(entry.getKey());
      RecordComponent key = keys.get(entry.getKey());
      if (key == null) {
        throw problems.atKey(keyPath, unknownKey(path, entry.getKey(), keys.keySet()));
      }
      checkValue(entry.getValue(), key.getGenericType(), Optional.of(key), keyPath);
    }
  }

  /** Names the unknown key under {@code parent} and the key it most likely meant, else all. */
  private static String unknownKey(KeyPath parent, String written, Set<String> known) {
    List<String> meant =
        DidYouMean.suggestions(written, known).stream().map(m -> parent.key(m).toString()).toList();
    return "unknown key '"
        + parent.key(written)
        + "'"
        + (meant.isEmpty()
            ? " (known keys: " + known.stream().sorted().collect(Collectors.joining(", ")) + ")"
            : DidYouMean.hint(meant));
  }

  /**
   * @param key the record component whose annotations apply; empty for the values of a map
   */
  private void checkValue(JsonNode node, Type type, Optional<RecordComponent> key, KeyPath path) {
    if (node.isNull()) {
      return; // an empty value means the default
    }
    Class<?> raw = rawClass(type);
    if (raw.isAnnotationPresent(JsonDeserialize.class)) {
      return; // reads and checks itself (a rule entry)
    }
    if (raw.isRecord()) {
      expect(node.isObject(), "a map of settings", node, path);
      checkRecord(node, raw, path);
    } else if (raw == List.class) {
      expect(node.isArray(), "a list", node, path);
      for (int i = 0; i < node.size(); i++) {
        KeyPath element = path.index(i);
        requireValue(node.get(i), element);
        checkValue(node.get(i), typeArgument(type, 0), key, element);
      }
    } else if (raw == Map.class) {
      expect(node.isObject(), "a map", node, path);
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        KeyPath entryPath = path.key(entry.getKey());
        requireValue(entry.getValue(), entryPath);
        checkValue(entry.getValue(), typeArgument(type, 1), Optional.empty(), entryPath);
      }
    } else {
      expect(!node.isContainerNode(), expected(raw), node, path);
      checkScalar(node, raw, key, path);
    }
  }

  private void checkScalar(
      JsonNode node, Class<?> raw, Optional<RecordComponent> key, KeyPath path) {
    if (raw == Boolean.class) {
      expect(isBoolean(node), expected(raw), node, path);
      ConfigKey.TrustedOnly trusted =
          key.map(k -> k.getAnnotation(ConfigKey.TrustedOnly.class)).orElse(null);
      if (trusted != null && origin == ConfigOrigin.FOUND && isTrue(node)) {
        throw problems.at(
            path,
            path + ": a config found in the repository may not turn this on; " + trusted.instead());
      }
    } else if (raw == Integer.class || raw == Long.class) {
      BigInteger value = wholeNumber(node);
      expect(value != null, expected(raw), node, path);
      ConfigKey.Range range =
          key.map(k -> k.getAnnotation(ConfigKey.Range.class))
              .orElseThrow(() -> new IllegalStateException("no range for the key " + path));
      if (value.compareTo(BigInteger.valueOf(range.min())) < 0
          || value.compareTo(BigInteger.valueOf(range.max())) > 0) {
        throw problems.at(
            path,
            path + ": " + value + " is not in the range " + range.min() + " to " + range.max());
      }
    } else if (key.isPresent()) {
      checkText(node.asText(), key.get(), path);
    }
  }

  private void checkText(String text, RecordComponent key, KeyPath path) {
    ConfigKey.DurationRange durations = key.getAnnotation(ConfigKey.DurationRange.class);
    if (durations != null) {
      Duration value = duration(path, text);
      if (value.compareTo(DurationText.parse("", durations.min())) < 0
          || value.compareTo(DurationText.parse("", durations.max())) > 0) {
        throw problems.at(
            path,
            path
                + ": '"
                + text
                + "' is not in the range "
                + durations.min()
                + " to "
                + durations.max());
      }
    }
    if (key.isAnnotationPresent(ConfigKey.Regex.class)) {
      Optional<String> problem = RegexProblem.of(text, List.of());
      if (problem.isPresent()) {
        throw problems.at(path, path + ": " + problem.get());
      }
    }
    if (key.isAnnotationPresent(ConfigKey.Glob.class)) {
      try {
        FileSystems.getDefault().getPathMatcher("glob:" + text);
      } catch (PatternSyntaxException e) {
        throw problems.at(
            path, path + ": '" + text + "' is not a valid glob: " + e.getDescription());
      }
    }
    ConfigKey.Matches form = key.getAnnotation(ConfigKey.Matches.class);
    if (form != null && !text.matches(form.regex())) {
      throw problems.at(path, path + ": '" + text + "' is not " + form.means());
    }
    ConfigKey.OneOf choices = key.getAnnotation(ConfigKey.OneOf.class);
    if (choices != null && !List.of(choices.value()).contains(text)) {
      throw problems.at(
          path,
          path
              + ": '"
              + text
              + "' is not one of "
              + String.join(", ", choices.value())
              + DidYouMean.hint(text, List.of(choices.value())));
    }
    if (key.isAnnotationPresent(ConfigKey.WorkspacePath.class)
        && origin == ConfigOrigin.FOUND
        && !text.isBlank()
        && !WorkspacePaths.staysInside(workspace, text)) {
      throw problems.at(
          path,
          path
              + ": '"
              + text
              + "' leads outside the workspace "
              + workspace
              + " (symbolic links followed); a config found in the repository may only name"
              + " files inside it, a config named with --config may name any file");
    }
  }

  private Duration duration(KeyPath path, String text) {
    try {
      return DurationText.parse(path.toString(), text);
    } catch (SettingException e) {
      throw problems.at(path, e.getMessage());
    }
  }

  private void requireValue(JsonNode node, KeyPath path) {
    if (node.isNull()) {
      throw problems.at(path, path + ": has no value; write one, or remove the entry");
    }
  }

  private void expect(boolean holds, String expected, JsonNode found, KeyPath path) {
    if (!holds) {
      throw problems.at(path, path + ": expected " + expected + ", found " + describe(found));
    }
  }

  private static boolean isBoolean(JsonNode node) {
    return node.isBoolean() || node.asText().equals("true") || node.asText().equals("false");
  }

  private static boolean isTrue(JsonNode node) {
    return node.asText().equals("true");
  }

  /** The value of a whole number, written as a number or as text; null for anything else. */
  private static BigInteger wholeNumber(JsonNode node) {
    if (node.isIntegralNumber()) {
      return node.bigIntegerValue();
    }
    if (node.isTextual()) {
      try {
        return new BigInteger(node.asText().strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static String expected(Class<?> raw) {
    if (raw == Boolean.class) {
      return "true or false";
    }
    if (raw == Integer.class || raw == Long.class) {
      return "a whole number";
    }
    return "text";
  }

  private static String describe(JsonNode node) {
    if (node.isArray()) {
      return "a list";
    }
    if (node.isObject()) {
      return "a map";
    }
    if (node.isNull()) {
      return "nothing";
    }
    return "'" + node.asText() + "'";
  }

  private static Class<?> rawClass(Type type) {
    return type instanceof ParameterizedType parameterized
        ? (Class<?>) parameterized.getRawType()
        : (Class<?>) type;
  }

  private static Type typeArgument(Type type, int index) {
    return ((ParameterizedType) type).getActualTypeArguments()[index];
  }
}
