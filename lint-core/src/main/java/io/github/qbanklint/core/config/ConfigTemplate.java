package io.github.qbanklint.core.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.qbanklint.core.api.OptionSpec;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.bank.QuestionShape;
import io.github.qbanklint.core.engine.FileStats;
import io.github.qbanklint.core.engine.LintResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The commented default {@code .qbank-lint.yml} that {@code init} writes: a first line that tells
 * YAML editors where its schema is, the defaults, and every rule with its default severity and
 * options, commented.
 */
public final class ConfigTemplate {
  private static final String SHAPES_LINE = "  shapes: []";
  private static final String RULES_LINE = "rules:";
  private static final ObjectMapper JSON = new ObjectMapper();

  private ConfigTemplate() {}

  /**
   * The template for a bank whose files were read: the question shapes found in them become the
   * active {@code conventions.shapes}, and the other convention keys stay as commented defaults.
   * With no question found, detection stays on (all shapes).
   *
   * @param schema the schema's URL, or its path relative to the config file
   */
  public static String forBank(LintResult banks, List<RuleMeta> rules, String schema) {
    Set<QuestionShape> shapes = EnumSet.noneOf(QuestionShape.class);
    int files = 0;
    for (FileStats file : banks.files()) {
      shapes.addAll(file.outline().shapes());
      files += file.questions() > 0 ? 1 : 0;
    }
    String shapesLine =
        shapes.isEmpty()
            ? SHAPES_LINE + "  # no question found when this file was written: detect every shape"
            : "  shapes: ["
                + shapes.stream().map(QuestionShape::id).collect(Collectors.joining(", "))
                + "]  # detected by 'qbank-lint init' in "
                + files
                + (files == 1 ? " file" : " files");
    StringBuilder out = new StringBuilder();
    boolean inConventions = false;
    for (String line : text(rules, schema).split("\n", -1)) {
      if (!line.startsWith(" ") && !line.isEmpty()) {
        inConventions = line.equals("conventions:");
      }
      if (inConventions && line.equals(SHAPES_LINE)) {
        out.append(shapesLine);
      } else if (inConventions && line.startsWith("  ") && !line.stripLeading().startsWith("#")) {
        out.append("  # ").append(line.substring(2));
      } else {
        out.append(line);
      }
      out.append('\n');
    }
    return out.substring(0, out.length() - 1);
  }

  /** The template with every default, {@code rules} listed from {@code rules}. */
  public static String text(List<RuleMeta> rules, String schema) {
    String template = resource();
    int at = template.indexOf("\n" + RULES_LINE + "\n");
    if (at < 0) {
      throw new IllegalStateException("default-config.yml has no '" + RULES_LINE + "' line");
    }
    int end = at + RULES_LINE.length() + 2;
    return "# yaml-language-server: $schema="
        + schema
        + "\n"
        + template.substring(0, end)
        + rulesBlock(rules)
        + template.substring(end);
  }

  private static String rulesBlock(List<RuleMeta> rules) {
    StringBuilder out = new StringBuilder();
    for (RuleMeta rule : rules) {
      String setting = rule.enabledByDefault() ? rule.defaultSeverity().id() : "off";
      String summary =
          rule.summary()
              + (rule.enabledByDefault()
                  ? ""
                  : " Off by default; a severity ("
                      + rule.defaultSeverity().id()
                      + ") turns it on.");
      if (rule.options().isEmpty()) {
        out.append("  # ").append(rule.id()).append(": ").append(setting);
        out.append("  # ").append(summary).append('\n');
        continue;
      }
      out.append("  # ").append(rule.id()).append(":  # ").append(summary).append('\n');
      if (!rule.enabledByDefault()) {
        out.append("  #   enabled: false\n");
      }
      out.append("  #   severity: ").append(rule.defaultSeverity().id()).append('\n');
      for (OptionSpec option : rule.options()) {
        out.append("  #   ")
            .append(option.name())
            .append(": ")
            .append(ConfigKeyDoc.flow(JSON.valueToTree(option.defaultValue())))
            .append("  # ")
            .append(option.description())
            .append('\n');
      }
    }
    return out.toString();
  }

  private static String resource() {
    try (InputStream in = ConfigTemplate.class.getResourceAsStream("default-config.yml")) {
      if (in == null) {
        throw new IllegalStateException("default-config.yml is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
