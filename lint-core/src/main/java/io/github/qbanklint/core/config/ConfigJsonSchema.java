package io.github.qbanklint.core.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.qbanklint.core.api.ConfigKey;
import io.github.qbanklint.core.api.DurationText;
import io.github.qbanklint.core.api.OptionSpec;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import java.util.Arrays;
import java.util.List;

/**
 * The JSON Schema (draft 2020-12) of {@code .qbank-lint.yml}, for editors: written from {@link
 * ConfigKeyDoc} and the rules' {@link RuleMeta}, the metadata the loader checks against. Every map
 * but {@code math.macros} is closed ({@code additionalProperties: false}). A key may be empty
 * ({@code null}), which means its default, as the loader reads it.
 *
 * <p>The loader accepts a little more than the schema (a number or {@code true} written as text, a
 * severity in capitals), and checks what a schema cannot: that a regex compiles in Java, a
 * duration's range, a status range's order, and what a config found in the repository may do.
 */
public final class ConfigJsonSchema {
  public static final String FILE_NAME = "qbank-lint.schema.json";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> SEVERITIES =
      Arrays.stream(Severity.values()).map(Severity::id).toList();

  private ConfigJsonSchema() {}

  /** The schema as pretty-printed JSON, ending in a newline. */
  public static String generate(List<RuleMeta> rules) {
    ObjectNode schema = NODES.objectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("title", ConfigLoader.FILE_NAME);
    schema.put(
        "description",
        "qbank-lint configuration. Every key is optional; an empty value means its default.");
    schema.set("type", types("object", "null"));
    schema.set("properties", properties(ConfigKeyDoc.all(), rules));
    schema.put("additionalProperties", false);
    try {
      DefaultPrettyPrinter printer =
          new DefaultPrettyPrinter().withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
      return MAPPER.writer(printer).writeValueAsString(schema).replace("\r\n", "\n") + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode properties(List<ConfigKeyDoc> keys, List<RuleMeta> rules) {
    ObjectNode properties = NODES.objectNode();
    for (ConfigKeyDoc key : keys) {
      properties.set(key.name(), key(key, rules));
    }
    return properties;
  }

  private static ObjectNode key(ConfigKeyDoc key, List<RuleMeta> rules) {
    ObjectNode node = NODES.objectNode();
    List<String> allowed = key.allowed();
    node.put(
        "description",
        key.description()
            + (allowed.isEmpty() ? "" : " Allowed: " + String.join("; ", allowed) + "."));
    switch (key.kind()) {
      case SECTION -> {
        node.set("type", types("object", "null"));
        node.set("properties", properties(key.children(), rules));
        node.put("additionalProperties", false);
        return node;
      }
      case RULES -> {
        node.set("type", types("object", "null"));
        ObjectNode byId = NODES.objectNode();
        rules.forEach(rule -> byId.set(rule.id(), rule(rule)));
        node.set("properties", byId);
        node.put("additionalProperties", false);
        return node;
      }
      case LIST -> {
        node.set("type", types("array", "null"));
        node.set("items", scalar(key, key.item().orElseThrow()));
      }
      case MAP -> {
        node.set("type", types("object", "null"));
        node.set("additionalProperties", scalar(key, key.item().orElseThrow()));
      }
      default -> node.setAll(withNull(scalar(key, key.kind())));
    }
    node.set("default", key.defaultNode());
    node.set("examples", NODES.arrayNode().add(key.exampleNode()));
    return node;
  }

  /** A scalar that may also be empty. */
  private static ObjectNode withNull(ObjectNode scalar) {
    ObjectNode node = scalar.deepCopy();
    if (node.has("enum")) {
      ((ArrayNode) node.get("enum")).addNull();
    }
    node.set("type", types(node.get("type").asText(), "null"));
    return node;
  }

  private static ObjectNode scalar(ConfigKeyDoc key, ConfigKeyDoc.Kind kind) {
    ObjectNode node = NODES.objectNode();
    switch (kind) {
      case BOOLEAN -> node.put("type", "boolean");
      case WHOLE_NUMBER -> {
        node.put("type", "integer");
        ConfigKey.Range range = key.annotation(ConfigKey.Range.class).orElseThrow();
        node.put("minimum", range.min());
        node.put("maximum", range.max());
      }
      default -> {
        node.put("type", "string");
        key.annotation(ConfigKey.OneOf.class).ifPresent(o -> node.set("enum", strings(o.value())));
        key.annotation(ConfigKey.Matches.class)
            .ifPresent(m -> node.put("pattern", "^(?:" + m.regex() + ")$"));
        key.annotation(ConfigKey.DurationRange.class)
            .ifPresent(d -> node.put("pattern", "^\\s*" + DurationText.REGEX + "\\s*$"));
      }
    }
    return node;
  }

  /** A rule's entry: a severity, off or on, true or false, or a map of settings and options. */
  private static ObjectNode rule(RuleMeta rule) {
    ObjectNode node = NODES.objectNode();
    node.put(
        "description",
        rule.summary()
            + " Default: "
            + (rule.enabledByDefault() ? rule.defaultSeverity().id() : "off")
            + ".");
    node.put("default", rule.enabledByDefault() ? rule.defaultSeverity().id() : "off");
    ArrayNode forms = node.putArray("anyOf");
    ArrayNode scalars = strings(SEVERITIES.toArray(String[]::new)).add("off").add("on");
    forms.addObject().put("type", "string").set("enum", scalars);
    forms.addObject().put("type", "boolean");
    ObjectNode settings = forms.addObject().put("type", "object");
    ObjectNode properties = settings.putObject("properties");
    properties
        .putObject("enabled")
        .put("type", "boolean")
        .put("default", rule.enabledByDefault())
        .put("description", "Whether the rule runs.");
    properties
        .putObject("severity")
        .put("type", "string")
        .put("default", rule.defaultSeverity().id())
        .put("description", "The severity of its findings.")
        .set("enum", strings(SEVERITIES.toArray(String[]::new)));
    for (OptionSpec option : rule.options()) {
      properties.set(option.name(), option(option));
    }
    settings.put("additionalProperties", false);
    return node;
  }

  private static ObjectNode option(OptionSpec option) {
    ObjectNode node = NODES.objectNode();
    node.put("description", option.description());
    switch (option.type()) {
      case BOOLEAN -> node.put("type", "boolean");
      case INTEGER -> {
        node.put("type", "integer");
        option
            .range()
            .ifPresent(r -> node.put("minimum", (long) r.min()).put("maximum", (long) r.max()));
      }
      case NUMBER -> {
        node.put("type", "number");
        option.range().ifPresent(r -> node.put("minimum", r.min()).put("maximum", r.max()));
      }
      case STRING -> {
        node.put("type", "string");
        if (!option.choices().isEmpty()) {
          node.set("enum", strings(option.choices().toArray(String[]::new)));
        }
      }
      case REGEX -> node.put("type", "string");
      case STRING_LIST, REGEX_LIST ->
          node.put("type", "array").putObject("items").put("type", "string");
    }
    node.set("default", MAPPER.valueToTree(option.defaultValue()));
    return node;
  }

  private static ArrayNode strings(String... values) {
    ArrayNode array = NODES.arrayNode();
    Arrays.stream(values).forEach(array::add);
    return array;
  }

  private static JsonNode types(String... names) {
    return strings(names);
  }
}
