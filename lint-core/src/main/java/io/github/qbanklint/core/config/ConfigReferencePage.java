package io.github.qbanklint.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.qbanklint.core.api.OptionSpec;
import io.github.qbanklint.core.api.RuleMeta;
import java.util.List;

/**
 * {@code docs/configuration.md}: every key of {@code .qbank-lint.yml} with its type, default, what
 * it allows and an example, written from {@link ConfigKeyDoc} and the rules' {@link RuleMeta}, the
 * metadata the loader checks against.
 */
public final class ConfigReferencePage {
  public static final String REGENERATE =
      "./mvnw -q -o -pl lint-core,rules test -Dtest=ConfigReferenceFilesTest"
          + " -Dqbank.regenerate=true -Dsurefire.failIfNoSpecifiedTests=false"
          + " -Dspotless.check.skip=true";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ConfigReferencePage() {}

  public static String generate(List<RuleMeta> rules) {
    StringBuilder out = new StringBuilder();
    out.append("<!-- Generated from the config metadata (ConfigReferencePage); do not edit.\n")
        .append("     Regenerate with: ")
        .append(REGENERATE)
        .append(" -->\n")
        .append("# Configuration reference\n\n")
        .append(
            """
            qbank-lint reads `.qbank-lint.yml` (or `.qbank-lint.yaml`) found upward from the first \
            linted path, or the file named with `--config FILE`. Every key is optional; a key with \
            nothing after it, or `~`, means its default. Every key is checked before anything is \
            linted: an unknown key or a value outside what this page allows stops the run with \
            one line naming the file, line, column and key, and exit code 2.

            Editors that use the YAML language server (VS Code's YAML extension and others) check \
            the file as you type against the JSON Schema \
            [qbank-lint.schema.json](qbank-lint.schema.json), written from the same metadata; \
            `qbank-lint init` points the config at it. The loader also checks what a schema \
            cannot: that each regex compiles in Java, the range of a duration, and what a config \
            found in the repository may do (README.md, "Trust").

            """);
    out.append("## Top-level keys\n\n");
    List<ConfigKeyDoc> keys = ConfigKeyDoc.all();
    List<ConfigKeyDoc> sections = keys.stream().filter(ConfigReferencePage::isSection).toList();
    keys.stream().filter(k -> !isSection(k)).forEach(k -> key(out, k));
    for (ConfigKeyDoc section : sections) {
      out.append("## `").append(section.path()).append("`\n\n");
      if (section.kind() == ConfigKeyDoc.Kind.RULES) {
        rules(out, rules);
      } else {
        out.append(section.description()).append("\n\n");
        section.children().forEach(k -> key(out, k));
      }
    }
    return out.toString().stripTrailing() + "\n";
  }

  private static boolean isSection(ConfigKeyDoc key) {
    return key.kind() == ConfigKeyDoc.Kind.SECTION || key.kind() == ConfigKeyDoc.Kind.RULES;
  }

  private static void key(StringBuilder out, ConfigKeyDoc key) {
    out.append("### `").append(key.path()).append("`\n\n");
    out.append(key.description()).append("\n\n");
    out.append("- type: ").append(key.typeText()).append('\n');
    out.append("- default: ")
        .append(
            key.defaultNode().isNull() ? "none" : "`" + ConfigKeyDoc.flow(key.defaultNode()) + "`")
        .append('\n');
    key.allowed().forEach(a -> out.append("- allowed: ").append(a).append('\n'));
    out.append('\n');
    yaml(out, key.path(), key.exampleNode());
  }

  private static void rules(StringBuilder out, List<RuleMeta> rules) {
    out.append(
        """
        Each rule takes a severity (`error`, `warning`, `info`), `off` (or `false`), `on` (or \
        `true`: its default severity), or a map with `enabled`, `severity` and its options. \
        `qbank-lint rules` lists the rules; `docs/rules/<id>.md` describes each.

        """);
    for (RuleMeta rule : rules) {
      out.append("### `rules.").append(rule.id()).append("`\n\n");
      out.append(rule.summary()).append(" ([docs](rules/").append(rule.id()).append(".md))\n\n");
      out.append("- default: `")
          .append(rule.enabledByDefault() ? rule.defaultSeverity().id() : "off")
          .append("`")
          .append(
              rule.enabledByDefault()
                  ? ""
                  : " (on with severity " + rule.defaultSeverity().id() + ")")
          .append('\n');
      for (OptionSpec option : rule.options()) {
        out.append("- option `")
            .append(option.name())
            .append("` (")
            .append(optionType(option))
            .append("; default `")
            .append(ConfigKeyDoc.flow(MAPPER.valueToTree(option.defaultValue())))
            .append("`): ")
            .append(option.description())
            .append('\n');
      }
      out.append("\n```yaml\nrules:\n  ").append(rule.id()).append(':');
      if (rule.options().isEmpty()) {
        out.append(' ').append(rule.defaultSeverity().id()).append('\n');
      } else {
        out.append("\n    severity: ").append(rule.defaultSeverity().id()).append('\n');
        for (OptionSpec option : rule.options()) {
          out.append("    ")
              .append(option.name())
              .append(": ")
              .append(ConfigKeyDoc.flow(MAPPER.valueToTree(option.defaultValue())))
              .append('\n');
        }
      }
      out.append("```\n\n");
    }
  }

  private static String optionType(OptionSpec option) {
    if (!option.choices().isEmpty()) {
      return "one of " + String.join(", ", option.choices());
    }
    return switch (option.type()) {
      case BOOLEAN -> "true or false";
      case INTEGER ->
          option.range().map(r -> "whole number from " + r.describe()).orElse("whole number");
      case NUMBER -> option.range().map(r -> "number from " + r.describe()).orElse("number");
      case STRING -> "text";
      case STRING_LIST -> "list of text";
      case REGEX -> "Java regex";
      case REGEX_LIST -> "list of Java regexes";
    };
  }

  /** {@code value} set at the dotted {@code path}, as a YAML block. */
  private static void yaml(StringBuilder out, String path, JsonNode value) {
    out.append("```yaml\n");
    String[] parts = path.split("\\.");
    for (int i = 0; i < parts.length; i++) {
      out.append("  ".repeat(i)).append(parts[i]).append(':');
      out.append(i == parts.length - 1 ? " " + ConfigKeyDoc.flow(value) + "\n" : "\n");
    }
    out.append("```\n\n");
  }
}
