package io.github.qbanklint.core.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.qbanklint.core.api.SettingException;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.text.DidYouMean;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One rule's entry under {@code rules:}: either a severity or {@code off}, or a map with {@code
 * enabled}, {@code severity} and the rule's options. Each option remembers where it was written, so
 * an unknown option is reported at its line.
 */
@JsonDeserialize(using = RuleConfig.Deserializer.class)
public record RuleConfig(
    Optional<Boolean> enabled,
    Optional<Severity> severity,
    Map<String, LocatedValue> options,
    int line,
    int column) {

  /**
   * An option value, the 1-based position of its key (where an unknown option is reported) and of
   * the value itself (where a wrong value is).
   */
  public record LocatedValue(
      JsonNode value, int line, int column, int valueLine, int valueColumn) {}

  static final class Deserializer extends JsonDeserializer<RuleConfig> {
    private static final String SEVERITIES = "error, warning, info";

    @Override
    public RuleConfig deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String key = "rules." + p.currentName();
      JsonLocation at = p.currentTokenLocation();
      int line = at.getLineNr();
      int column = at.getColumnNr();
      if (p.currentToken().isScalarValue()) {
        String value = p.getValueAsString();
        if (p.currentToken() == JsonToken.VALUE_FALSE || "off".equalsIgnoreCase(value)) {
          return new RuleConfig(Optional.of(false), Optional.empty(), Map.of(), line, column);
        }
        if (p.currentToken() == JsonToken.VALUE_TRUE || "on".equalsIgnoreCase(value)) {
          return new RuleConfig(Optional.of(true), Optional.empty(), Map.of(), line, column);
        }
        return new RuleConfig(
            Optional.of(true),
            Optional.of(severity(key, p, SEVERITIES + ", off")),
            Map.of(),
            line,
            column);
      }
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw new SettingException(
            key,
            "expected a severity (" + SEVERITIES + "), off, or a map of settings, found a list");
      }
      Optional<Boolean> enabled = Optional.empty();
      Optional<Severity> severity = Optional.empty();
      Map<String, LocatedValue> options = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonLocation keyAt = p.currentTokenLocation();
        p.nextToken();
        JsonLocation valueAt = p.currentTokenLocation();
        switch (name) {
          case "enabled" -> enabled = Optional.of(flag(key + ".enabled", p));
          case "severity" -> severity = Optional.of(severity(key + ".severity", p, SEVERITIES));
          default ->
              options.put(
                  name,
                  new LocatedValue(
                      ctxt.readTree(p),
                      keyAt.getLineNr(),
                      keyAt.getColumnNr(),
                      valueAt.getLineNr(),
                      valueAt.getColumnNr()));
        }
      }
      return new RuleConfig(enabled, severity, options, line, column);
    }

    private static Severity severity(String key, JsonParser p, String allowed) throws IOException {
      String value = scalar(key, p, "one of " + allowed);
      try {
        return Severity.parse(value);
      } catch (IllegalArgumentException e) {
        throw new SettingException(
            key,
            "'"
                + value
                + "' is not one of "
                + allowed
                + DidYouMean.hint(value, List.of(allowed.split(", "))));
      }
    }

    private static boolean flag(String key, JsonParser p) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_TRUE || p.currentToken() == JsonToken.VALUE_FALSE) {
        return p.getBooleanValue();
      }
      throw new SettingException(
          key, "expected true or false, found '" + scalar(key, p, "true or false") + "'");
    }

    /** The text of a scalar value; a list or a map there is an error. */
    private static String scalar(String key, JsonParser p, String expected) throws IOException {
      JsonToken token = p.currentToken();
      if (!token.isScalarValue() || token == JsonToken.VALUE_NULL) {
        String found =
            token == JsonToken.START_ARRAY
                ? "a list"
                : token == JsonToken.START_OBJECT ? "a map" : "nothing";
        throw new SettingException(key, "expected " + expected + ", found " + found);
      }
      return p.getValueAsString();
    }
  }
}
