package io.github.qbanklint.core.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.qbanklint.core.api.ConfigKey;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One key of {@code .qbank-lint.yml} as the loader checks it: read from the record component that
 * binds it (its type and {@link ConfigKey} annotations) and its default from {@link
 * ConfigFile#DEFAULTS}. The configuration reference, the JSON Schema and {@code init} are written
 * from these, so they cannot say other than what {@link ConfigSchema} enforces.
 *
 * @param path the dotted key, {@code links.retries}
 * @param kind what the value is; for a list or a map, {@code item} is what each element is
 * @param defaultValue the value when the key is left out
 * @param children the keys of a section, in declaration order
 */
public record ConfigKeyDoc(
    String path,
    Kind kind,
    Optional<Kind> item,
    Object defaultValue,
    RecordComponent component,
    List<ConfigKeyDoc> children) {

  /** The shapes of value a key takes. */
  public enum Kind {
    SECTION,
    BOOLEAN,
    WHOLE_NUMBER,
    TEXT,
    LIST,
    MAP,
    RULES
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  public ConfigKeyDoc {
    children = List.copyOf(children);
  }

  /** The top-level keys of the config file, each with its children. */
  public static List<ConfigKeyDoc> all() {
    return keysOf(ConfigFile.class, ConfigFile.DEFAULTS, "");
  }

  /** The last part of the path. */
  public String name() {
    return component.getName();
  }

  public String description() {
    return annotation(ConfigKey.Doc.class).map(ConfigKey.Doc::value).orElse("");
  }

  /** The type in words: {@code list of globs}, {@code duration}. */
  public String typeText() {
    return switch (kind) {
      case SECTION -> "section";
      case BOOLEAN -> "true or false";
      case WHOLE_NUMBER -> "whole number";
      case TEXT -> textKind();
      case LIST -> "list of " + plural(item.orElseThrow());
      case MAP -> "map of name to " + plural(item.orElseThrow());
      case RULES -> "map of rule id to rule setting";
    };
  }

  /** What the value may be beyond its type, in words; empty when anything of the type will do. */
  public List<String> allowed() {
    String each = kind == Kind.LIST ? "each " : "";
    List<String> allowed = new ArrayList<>();
    annotation(ConfigKey.Range.class)
        .ifPresent(r -> allowed.add(each + r.min() + " to " + r.max()));
    annotation(ConfigKey.DurationRange.class)
        .ifPresent(r -> allowed.add(r.min() + " to " + r.max()));
    annotation(ConfigKey.OneOf.class)
        .ifPresent(o -> allowed.add(each + "one of " + String.join(", ", o.value())));
    annotation(ConfigKey.Matches.class).ifPresent(m -> allowed.add(each + m.means()));
    annotation(ConfigKey.TrustedOnly.class)
        .ifPresent(t -> allowed.add("a config found in the repository may not turn it on"));
    annotation(ConfigKey.WorkspacePath.class)
        .ifPresent(
            w -> allowed.add("a config found in the repository may only name a file inside it"));
    return allowed;
  }

  private String textKind() {
    if (annotation(ConfigKey.DurationRange.class).isPresent()) {
      return "duration (500ms, 10s, 5m, 2h, 1d)";
    }
    if (annotation(ConfigKey.Regex.class).isPresent()) {
      return "Java regex";
    }
    if (annotation(ConfigKey.Glob.class).isPresent()) {
      return "glob";
    }
    if (annotation(ConfigKey.WorkspacePath.class).isPresent()) {
      return "file path";
    }
    return "text";
  }

  private String plural(Kind element) {
    return switch (element) {
      case WHOLE_NUMBER -> "whole numbers";
      case TEXT ->
          switch (textKind()) {
            case "text" -> "text";
            case "Java regex" -> "Java regexes";
            default -> textKind() + "s";
          };
      default -> throw new IllegalStateException("no list of " + element);
    };
  }

  public JsonNode defaultNode() {
    return JSON.valueToTree(defaultValue);
  }

  /** A value that shows the key in use: its documented example, else its default. */
  public JsonNode exampleNode() {
    return annotation(ConfigKey.Doc.class)
        .map(ConfigKey.Doc::example)
        .filter(example -> !example.isEmpty())
        .map(ConfigKeyDoc::readYaml)
        .orElseGet(this::defaultNode);
  }

  /** A value in YAML flow style: {@code ["a", "b"]}, {@code {"x": 1}}, text in double quotes. */
  public static String flow(JsonNode value) {
    if (value.isArray()) {
      List<String> items = new ArrayList<>();
      value.forEach(item -> items.add(flow(item)));
      return "[" + String.join(", ", items) + "]";
    }
    if (value.isObject()) {
      List<String> entries = new ArrayList<>();
      value
          .properties()
          .forEach(
              e -> entries.add(flow(JSON.valueToTree(e.getKey())) + ": " + flow(e.getValue())));
      return "{" + String.join(", ", entries) + "}";
    }
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode readYaml(String text) {
    try {
      return YAML.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a documented example is not YAML: " + text, e);
    }
  }

  public <A extends Annotation> Optional<A> annotation(Class<A> type) {
    return Optional.ofNullable(component.getAnnotation(type));
  }

  private static List<ConfigKeyDoc> keysOf(Class<?> type, Object defaults, String prefix) {
    List<ConfigKeyDoc> keys = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      String path = prefix + component.getName();
      Object value = valueOf(component, defaults);
      Type generic = component.getGenericType();
      Class<?> raw = rawClass(generic);
      if (raw.isRecord()) {
        keys.add(
            new ConfigKeyDoc(
                path,
                Kind.SECTION,
                Optional.empty(),
                value,
                component,
                keysOf(raw, value, path + ".")));
      } else if (raw == List.class || raw == Map.class) {
        Class<?> element = rawClass(typeArgument(generic, raw == List.class ? 0 : 1));
        boolean rules = element == RuleConfig.class;
        keys.add(
            new ConfigKeyDoc(
                path,
                rules ? Kind.RULES : raw == List.class ? Kind.LIST : Kind.MAP,
                rules ? Optional.empty() : Optional.of(scalarKind(element)),
                value,
                component,
                List.of()));
      } else {
        keys.add(
            new ConfigKeyDoc(path, scalarKind(raw), Optional.empty(), value, component, List.of()));
      }
    }
    return keys;
  }

  private static Kind scalarKind(Class<?> raw) {
    if (raw == Boolean.class) {
      return Kind.BOOLEAN;
    }
    if (raw == Integer.class || raw == Long.class) {
      return Kind.WHOLE_NUMBER;
    }
    if (raw == String.class) {
      return Kind.TEXT;
    }
    throw new IllegalStateException("no config kind for " + raw);
  }

  private static Object valueOf(RecordComponent component, Object record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read the default of " + component.getName(), e);
    }
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
