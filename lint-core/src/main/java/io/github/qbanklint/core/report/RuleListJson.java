package io.github.qbanklint.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.qbanklint.core.api.OptionSpec;
import io.github.qbanklint.core.api.RuleMeta;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * {@code qbank-lint rules --format json}: every rule with its id, family, default severity, whether
 * it is on by default and offers fixes, its summary and its options with their types and defaults,
 * for editors and scripts that build on the rule list.
 */
public final class RuleListJson {
  private RuleListJson() {}

  public static void write(List<RuleMeta> rules, Writer out) throws IOException {
    try (JsonGenerator g = JsonDocuments.open(out)) {
      g.writeStartObject();
      JsonDocuments.writeTool(g);
      g.writeArrayFieldStart("rules");
      for (RuleMeta rule : rules) {
        g.writeStartObject();
        g.writeStringField("id", rule.id());
        g.writeStringField("family", rule.family());
        g.writeStringField("severity", rule.defaultSeverity().id());
        g.writeBooleanField("enabled", rule.enabledByDefault());
        g.writeBooleanField("fixable", rule.fixable());
        g.writeStringField("summary", rule.summary());
        g.writeArrayFieldStart("options");
        for (OptionSpec option : rule.options()) {
          writeOption(g, option);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write(System.lineSeparator());
    out.flush();
  }

  private static void writeOption(JsonGenerator g, OptionSpec option) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", option.name());
    g.writeStringField("type", option.type().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    g.writeFieldName("default");
    writeValue(g, option.defaultValue());
    g.writeStringField("description", option.description());
    if (!option.choices().isEmpty()) {
      g.writeArrayFieldStart("choices");
      for (String choice : option.choices()) {
        g.writeString(choice);
      }
      g.writeEndArray();
    }
    if (option.range().isPresent() && option.type() == OptionSpec.Type.INTEGER) {
      g.writeNumberField("min", (long) option.range().get().min());
      g.writeNumberField("max", (long) option.range().get().max());
    } else if (option.range().isPresent()) {
      g.writeNumberField("min", option.range().get().min());
      g.writeNumberField("max", option.range().get().max());
    }
    g.writeEndObject();
  }

  private static void writeValue(JsonGenerator g, Object value) throws IOException {
    if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value instanceof Integer n) {
      g.writeNumber(n);
    } else if (value instanceof Number n) {
      g.writeNumber(n.doubleValue());
    } else if (value instanceof List<?> list) {
      g.writeStartArray();
      for (Object item : list) {
        g.writeString(String.valueOf(item));
      }
      g.writeEndArray();
    } else {
      g.writeString(String.valueOf(value));
    }
  }
}
