package io.github.qbanklint.core.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.qbanklint.core.api.Severity;
import java.io.IOException;
import java.util.LinkedHashMap;
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

  /** An option value and its 1-based position in the config file. */
  public record LocatedValue(JsonNode value, int line, int column) {}

  static final class Deserializer extends JsonDeserializer<RuleConfig> {
    @Override
    public RuleConfig deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
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
            Optional.of(true), Optional.of(severity(p, ctxt, value)), Map.of(), line, column);
      }
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return (RuleConfig)
            ctxt.handleUnexpectedToken(
                RuleConfig.class,
                p.currentToken(),
                p,
                "a rule entry is a severity (error, warning, info), off, or a map of settings");
      }
      Optional<Boolean> enabled = Optional.empty();
      Optional<Severity> severity = Optional.empty();
      Map<String, LocatedValue> options = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonLocation keyAt = p.currentTokenLocation();
        p.nextToken();
        switch (name) {
          case "enabled" -> enabled = Optional.of(ctxt.readValue(p, Boolean.class));
          case "severity" -> severity = Optional.of(severity(p, ctxt, p.getValueAsString()));
          default ->
              options.put(
                  name, new LocatedValue(ctxt.readTree(p), keyAt.getLineNr(), keyAt.getColumnNr()));
        }
      }
      return new RuleConfig(enabled, severity, options, line, column);
    }

    private static Severity severity(JsonParser p, DeserializationContext ctxt, String value)
        throws IOException {
      try {
        return Severity.parse(String.valueOf(value));
      } catch (IllegalArgumentException e) {
        throw ctxt.weirdStringException(value, Severity.class, e.getMessage());
      }
    }
  }
}
