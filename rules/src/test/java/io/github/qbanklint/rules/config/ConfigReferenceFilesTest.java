package io.github.qbanklint.rules.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.config.ConfigJsonSchema;
import io.github.qbanklint.core.config.ConfigReferencePage;
import io.github.qbanklint.core.engine.RuleRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/configuration.md and docs/qbank-lint.schema.json are written from the config metadata and
 * the rules; this fails when a checked-in copy drifts, and with {@code -Dqbank.regenerate=true}
 * rewrites them.
 */
class ConfigReferenceFilesTest {
  static final Path DOCS = Path.of("..", "docs");
  private static final boolean REGENERATE = Boolean.getBoolean("qbank.regenerate");

  static List<RuleMeta> rules() {
    return RuleRegistry.load().all().stream().map(Rule::meta).toList();
  }

  @Test
  void theConfigurationReferenceIsUpToDate() throws IOException {
    check(DOCS.resolve("configuration.md"), ConfigReferencePage.generate(rules()));
  }

  @Test
  void theSchemaIsUpToDate() throws IOException {
    check(DOCS.resolve(ConfigJsonSchema.FILE_NAME), ConfigJsonSchema.generate(rules()));
  }

  @Test
  void theJarShipsTheSchema() throws IOException {
    try (InputStream in =
        ConfigReferenceFilesTest.class.getResourceAsStream(
            "/io/github/qbanklint/rules/" + ConfigJsonSchema.FILE_NAME)) {
      assertThat(in).as("the schema resource").isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo(Files.readString(DOCS.resolve(ConfigJsonSchema.FILE_NAME)));
    }
  }

  private static void check(Path file, String generated) throws IOException {
    if (REGENERATE) {
      Files.writeString(file, generated, StandardCharsets.UTF_8);
    }
    String checkedIn = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    assertThat(checkedIn)
        .as(
            "%s differs from what the config metadata and the rules say; regenerate it (from the"
                + " repository root) with:%n%s%n",
            "docs/" + file.getFileName(), ConfigReferencePage.REGENERATE)
        .isEqualTo(generated);
  }
}
