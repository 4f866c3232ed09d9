package io.github.qbanklint.rules.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.qbanklint.core.api.ConfigKey;
import io.github.qbanklint.core.api.OptionSpec;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.config.ConfigException;
import io.github.qbanklint.core.config.ConfigJsonSchema;
import io.github.qbanklint.core.config.ConfigKeyDoc;
import io.github.qbanklint.core.config.ConfigLoader;
import io.github.qbanklint.core.config.ConfigTemplate;
import io.github.qbanklint.core.engine.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schema and the config loader agree: the init template and every config example in the
 * docs pass both; the schema rejects what the loader rejects (unknown keys, wrong types, values out
 * of range or not among the choices), key by key and option by option from the metadata; and what
 * the schema rejects, the loader rejects too. What the loader alone checks (a Java regex compiles,
 * a duration's range, trust) and where it is more lenient (a number written as text) is listed in
 * {@link ConfigJsonSchema}.
 */
class ConfigSchemaAgreementTest {
  private static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder().enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL).build());
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<RuleMeta> RULES = ConfigReferenceFilesTest.rules();
  private static final JsonSchema SCHEMA =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(ConfigJsonSchema.generate(RULES));
  private static final RuleRegistry REGISTRY = RuleRegistry.load();

  @Test
  void theInitTemplatePassesBoth() throws IOException {
    String template = ConfigTemplate.text(RULES, ConfigJsonSchema.FILE_NAME);
    assertAccepted("the init template", template);
  }

  @Test
  void theInitTemplateWithEveryRuleUncommentedPassesBothAndNamesEveryRule() throws IOException {
    String template = ConfigTemplate.text(RULES, ConfigJsonSchema.FILE_NAME);
    String rulesBlock = template.substring(template.indexOf("\nrules:\n") + 1);
    rulesBlock = rulesBlock.substring(0, rulesBlock.indexOf("\n\n") + 1);
    String uncommented = rulesBlock.replaceAll("(?m)^  # ", "  ");
    assertAccepted("the rules of the init template, uncommented", uncommented);
    JsonNode rules = YAML.readTree(uncommented).get("rules");
    List<String> named = new ArrayList<>();
    rules.fieldNames().forEachRemaining(named::add);
    assertThat(named).containsExactlyElementsOf(RULES.stream().map(RuleMeta::id).toList());
    for (RuleMeta rule : RULES) {
      JsonNode entry = rules.get(rule.id());
      // YAML reads an unquoted off as false
      String setting = rule.enabledByDefault() ? rule.defaultSeverity().id() : "false";
      if (rule.options().isEmpty()) {
        assertThat(entry.asText()).as(rule.id()).isEqualTo(setting);
      } else {
        assertThat(entry.get("severity").asText())
            .as(rule.id())
            .isEqualTo(rule.defaultSeverity().id());
        for (OptionSpec option : rule.options()) {
          assertThat(entry.get(option.name()))
              .as("%s.%s", rule.id(), option.name())
              .isEqualTo(new ObjectMapper().valueToTree(option.defaultValue()));
        }
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> everyConfigExampleInTheDocsPassesBoth() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(Path.of("..", "README.md")));
    try (Stream<Path> docs = Files.walk(Path.of("..", "docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (Path page : pages) {
      List<String> blocks = configBlocks(Files.readString(page, StandardCharsets.UTF_8));
      for (int i = 0; i < blocks.size(); i++) {
        String name = page.normalize() + " config block " + (i + 1);
        String block = blocks.get(i);
        tests.add(DynamicTest.dynamicTest(name, () -> assertAccepted(name, block)));
      }
    }
    assertThat(tests).as("config examples found in the docs").hasSizeGreaterThan(40);
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> everyKeyAcceptsItsDefaultAndExample() {
    return keys(ConfigKeyDoc.all())
        .flatMap(
            key ->
                Stream.of(
                    DynamicTest.dynamicTest(
                        key.path() + " default",
                        () -> assertAccepted(key.path(), at(key.path(), key.defaultNode()))),
                    DynamicTest.dynamicTest(
                        key.path() + " example",
                        () -> assertAccepted(key.path(), at(key.path(), key.exampleNode())))));
  }

  /** Values the metadata says are wrong for a key: a wrong type, out of range, not a choice. */
  @TestFactory
  Stream<DynamicTest> bothRejectWhatTheMetadataRulesOut() {
    List<DynamicTest> tests = new ArrayList<>();
    for (ConfigKeyDoc key : keys(ConfigKeyDoc.all()).toList()) {
      List<JsonNode> wrong = new ArrayList<>(wrongValues(key));
      for (JsonNode value : wrong) {
        String yaml = at(key.path(), value);
        tests.add(DynamicTest.dynamicTest(key.path() + ": " + value, () -> assertRejected(yaml)));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> bothAgreeOnEveryRuleOption() {
    List<DynamicTest> tests = new ArrayList<>();
    for (RuleMeta rule : RULES) {
      String path = "rules." + rule.id();
      tests.add(test(path + ": warning", at(path, NODES.textNode("warning")), true));
      tests.add(test(path + ": off", at(path, NODES.textNode("off")), true));
      tests.add(test(path + ": warn", at(path, NODES.textNode("warn")), false));
      tests.add(test(path + ": [error]", at(path, NODES.arrayNode().add("error")), false));
      tests.add(
          test(path + ".severity: fatal", at(path + ".severity", NODES.textNode("fatal")), false));
      tests.add(test(path + ".enabled: 1", at(path + ".enabled", NODES.numberNode(1)), false));
      tests.add(
          test(path + ".noSuchOption", at(path + ".noSuchOption", NODES.numberNode(1)), false));
      for (OptionSpec option : rule.options()) {
        String key = path + "." + option.name();
        tests.add(
            test(
                key + " default",
                at(key, new ObjectMapper().valueToTree(option.defaultValue())),
                true));
        tests.add(test(key + ": {}", at(key, NODES.objectNode()), false));
        if (option.type() != OptionSpec.Type.BOOLEAN) {
          tests.add(test(key + ": true", at(key, NODES.booleanNode(true)), false));
        }
        option
            .choices()
            .forEach(c -> tests.add(test(key + ": " + c, at(key, NODES.textNode(c)), true)));
        if (!option.choices().isEmpty()) {
          tests.add(test(key + ": nonsense", at(key, NODES.textNode("nonsense")), false));
        }
        option
            .range()
            .ifPresent(
                r -> {
                  // A whole-number option takes only whole numbers: step out of its range by one.
                  boolean whole = option.type() == OptionSpec.Type.INTEGER;
                  double step = whole ? 1 : 0.01;
                  tests.add(test(key + " min", at(key, number(r.min(), whole)), true));
                  tests.add(test(key + " max", at(key, number(r.max(), whole)), true));
                  tests.add(test(key + " below", at(key, number(r.min() - step, whole)), false));
                  tests.add(test(key + " above", at(key, number(r.max() + step, whole)), false));
                });
      }
    }
    return tests.stream();
  }

  /** Mistakes as users write them, in YAML. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "conventoins: {}",
        "severty: error",
        "links: {retries: 100000}",
        "links: {retries: -1}",
        "links: {unknownKey: 1}",
        "links: {remote: sometimes}",
        "links: {perHostInterval: soon}",
        "links: {acceptedStatuses: ['99']}",
        "links: {acceptedStatuses: ['200-2999']}",
        "maxFileBytes: 0",
        "include: '**/*.md'",
        "exclude: [~]",
        "rules: {empty-answer: warn}",
        "rules: {empty-anwser: error}",
        "rules: {empty-answer: ~}",
        "rules: {thin-answer: {minLength: x}}",
        "rules: {thin-answer: {minLenght: 3}}",
        "rules: {thin-answer: {severity: fatal}}",
        "rules: {duplicate-question: {nearThreshold: 2}}",
        "rules: {duplicate-question: {scope: everywhere}}",
        "math: {profile: gihub}",
        "math: {renderer: [katex]}",
        "math: {macros: {R: [x]}}",
        "conventions: {shapes: [heading]}",
        "conventions: {questionLevels: [7]}",
        "conventions: [shapes]",
        "prose: {acceptedWordsFile: [a, b]}",
        "- include"
      })
  void bothRejectCommonMistakes(String yaml) throws IOException {
    assertRejected(yaml);
  }

  @Test
  void theSchemaRejectsUnknownKeysAtEveryLevel() throws IOException {
    for (String yaml :
        List.of(
            "nope: 1",
            "conventions: {nope: 1}",
            "math: {nope: 1}",
            "links: {nope: 1}",
            "prose: {nope: 1}",
            "rules: {nope: error}",
            "rules: {empty-answer: {nope: 1}}")) {
      assertThat(schemaErrors(yaml)).as(yaml).isNotEmpty();
    }
  }

  private static DynamicTest test(String name, String yaml, boolean valid) {
    return DynamicTest.dynamicTest(
        name,
        () -> {
          if (valid) {
            assertAccepted(name, yaml);
          } else {
            assertRejected(yaml);
          }
        });
  }

  private static JsonNode number(double value, boolean whole) {
    return whole ? NODES.numberNode((long) value) : NODES.numberNode(value);
  }

  private static List<JsonNode> wrongValues(ConfigKeyDoc key) {
    List<JsonNode> wrong = new ArrayList<>();
    wrong.add(
        key.kind() == ConfigKeyDoc.Kind.SECTION
                || key.kind() == ConfigKeyDoc.Kind.RULES
                || key.kind() == ConfigKeyDoc.Kind.MAP
            ? NODES.arrayNode().add("x")
            : NODES.objectNode().put("x", 1));
    switch (key.kind()) {
      case BOOLEAN -> wrong.add(NODES.textNode("maybe"));
      case WHOLE_NUMBER -> {
        ConfigKey.Range range = key.annotation(ConfigKey.Range.class).orElseThrow();
        wrong.add(NODES.numberNode(range.min() - 1));
        wrong.add(NODES.numberNode(range.max() + 1));
        wrong.add(NODES.textNode("many"));
      }
      case LIST -> {
        wrong.add(NODES.arrayNode().addNull());
        key.annotation(ConfigKey.Range.class)
            .ifPresent(r -> wrong.add(NODES.arrayNode().add(r.max() + 1)));
        key.annotation(ConfigKey.OneOf.class)
            .ifPresent(o -> wrong.add(NODES.arrayNode().add("nonsense")));
        key.annotation(ConfigKey.Matches.class)
            .ifPresent(o -> wrong.add(NODES.arrayNode().add("nonsense")));
      }
      case TEXT -> {
        wrong.add(NODES.arrayNode().add("x"));
        key.annotation(ConfigKey.OneOf.class).ifPresent(o -> wrong.add(NODES.textNode("nonsense")));
        key.annotation(ConfigKey.DurationRange.class)
            .ifPresent(d -> wrong.add(NODES.textNode("soon")));
      }
      default -> {}
    }
    return wrong;
  }

  private static Stream<ConfigKeyDoc> keys(List<ConfigKeyDoc> keys) {
    return keys.stream().flatMap(k -> Stream.concat(Stream.of(k), keys(k.children())));
  }

  /** A config setting only {@code value} at the dotted {@code path}, as JSON (which is YAML). */
  private static String at(String path, JsonNode value) {
    String[] parts = path.split("\\.");
    JsonNode node = value;
    for (int i = parts.length - 1; i >= 0; i--) {
      ObjectNode parent = NODES.objectNode();
      parent.set(parts[i], node);
      node = parent;
    }
    return node.toString();
  }

  /** The fenced yaml blocks of a page that set a top-level config key. */
  private static List<String> configBlocks(String page) {
    Set<String> topKeys =
        ConfigKeyDoc.all().stream().map(ConfigKeyDoc::name).collect(Collectors.toSet());
    Pattern configLine = Pattern.compile("(?m)^([A-Za-z]+):");
    Matcher fence = Pattern.compile("(?ms)^```ya?ml[^\\n]*\\n(.*?)^```").matcher(page);
    List<String> blocks = new ArrayList<>();
    while (fence.find()) {
      Matcher line = configLine.matcher(fence.group(1));
      while (line.find()) {
        if (topKeys.contains(line.group(1))) {
          blocks.add(fence.group(1));
          break;
        }
      }
    }
    return blocks;
  }

  private static void assertAccepted(String name, String yaml) throws IOException {
    assertThat(schemaErrors(yaml)).as("schema errors in %s:%n%s", name, yaml).isEmpty();
    assertThat(loaderError(yaml)).as("loader error in %s:%n%s", name, yaml).isEmpty();
  }

  private static void assertRejected(String yaml) throws IOException {
    assertThat(loaderError(yaml)).as("the loader rejects %s", yaml).isPresent();
    assertThat(schemaErrors(yaml)).as("the schema rejects %s", yaml).isNotEmpty();
  }

  private static Set<ValidationMessage> schemaErrors(String yaml) throws IOException {
    JsonNode tree = YAML.readTree(yaml);
    return SCHEMA.validate(tree == null ? NODES.nullNode() : tree);
  }

  private static Optional<String> loaderError(String yaml) {
    try {
      Config config = ConfigLoader.parse(Path.of("example.yml"), yaml);
      REGISTRY.configure(config);
      return Optional.empty();
    } catch (ConfigException e) {
      return Optional.of(e.getMessage());
    }
  }
}
