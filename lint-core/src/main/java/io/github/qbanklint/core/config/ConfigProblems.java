package io.github.qbanklint.core.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.qbanklint.core.api.SettingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns a problem in one config file into a {@link ConfigException} at the line and column of the
 * key it is about, in words about the config: never a class name or the YAML library's multi-line
 * report.
 */
final class ConfigProblems {
  private final Path file;
  private final String yaml;

  ConfigProblems(Path file, String yaml) {
    this.file = file;
    this.yaml = yaml;
  }

  /**
   * A problem with the value at {@code path}, reported where the value is written; a problem with
   * the whole document at its start.
   */
  ConfigException at(KeyPath path, String message) {
    return at(path, message, true);
  }

  /** A problem with the key at the end of {@code path} (an unknown key), reported at the key. */
  ConfigException atKey(KeyPath path, String message) {
    return at(path, message, false);
  }

  private ConfigException at(KeyPath path, String message, boolean value) {
    if (path.equals(KeyPath.ROOT)) {
      return new ConfigException(file, 1, 1, message);
    }
    return YamlPositions.locate(yaml, path.steps(), value)
        .map(position -> new ConfigException(file, position[0], position[1], message))
        .orElseGet(() -> new ConfigException(file, 0, 0, message));
  }

  /** Text that could not be read as YAML, or a value that could not be bound. */
  ConfigException from(JsonProcessingException e) {
    SettingException refused = settingCause(e);
    if (refused != null) {
      return at(KeyPath.parse(refused.key()), refused.getMessage());
    }
    if (e instanceof JsonMappingException mapping) {
      // The schema check before binding leaves little to fail here; say where, in plain words.
      KeyPath path = pathOf(mapping);
      return at(
          path,
          path + ": this value cannot be used here; see the Configuration section of the README");
    }
    if (e.getCause() instanceof MarkedYAMLException syntax) {
      return notYaml(syntax);
    }
    String reason = String.valueOf(e.getOriginalMessage());
    if (reason.startsWith("Duplicate field ")) {
      reason =
          "duplicate key "
              + reason.substring("Duplicate field ".length())
              + ": write each key once";
    } else {
      reason = "not valid YAML: " + firstLine(reason);
    }
    JsonLocation location = e.getLocation();
    return location == null
        ? new ConfigException(file, 0, 0, reason)
        : new ConfigException(file, location.getLineNr(), location.getColumnNr(), reason);
  }

  private ConfigException notYaml(MarkedYAMLException syntax) {
    Mark mark = syntax.getProblemMark() != null ? syntax.getProblemMark() : syntax.getContextMark();
    String problem = syntax.getProblem() != null ? syntax.getProblem() : syntax.getContext();
    String context = syntax.getContext() != null ? " (" + syntax.getContext() + ")" : "";
    String message =
        String.valueOf(problem).contains("\\t(TAB)")
            ? "not valid YAML: a tab cannot indent YAML; indent with spaces"
            : "not valid YAML: " + firstLine(problem) + context;
    return mark == null
        ? new ConfigException(file, 0, 0, message)
        : new ConfigException(file, mark.getLine() + 1, mark.getColumn() + 1, message);
  }

  private static SettingException settingCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SettingException refused) {
        return refused;
      }
    }
    return null;
  }

  private static KeyPath pathOf(JsonMappingException e) {
    List<Object> steps = new ArrayList<>();
    for (JsonMappingException.Reference ref : e.getPath()) {
      steps.add(ref.getFieldName() != null ? ref.getFieldName() : (Object) ref.getIndex());
    }
    return new KeyPath(steps);
  }

  /** The first line, and of that the first sentence: the rest is detail for the library's users. */
  private static String firstLine(String text) {
    String line = String.valueOf(text).strip();
    int end = line.indexOf('\n');
    line = end < 0 ? line : line.substring(0, end).strip();
    int sentence = line.indexOf(". ");
    return sentence < 0 ? line : line.substring(0, sentence);
  }
}
