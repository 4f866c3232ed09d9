package io.github.qbanklint.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.document.MarkdownParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  @Test
  void unknownKeyNamesFileLineAndKey(@TempDir Path dir) throws Exception {
    Path file =
        Files.writeString(
            dir.resolve(".qbank-lint.yml"),
            "include: ['**/*.md']\nconventions:\n  tocHeading: [x]\n");
    assertThatThrownBy(() -> ConfigLoader.load(file))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.describe())
                    .startsWith(file + ":3:")
                    .contains("unknown key 'conventions.tocHeading'"));
  }

  @Test
  void preparingTheReaderChangesNothingThatIsReadOrReported(@TempDir Path dir) throws Exception {
    Path file =
        Files.writeString(dir.resolve(".qbank-lint.yml"), "rules:\n  empty-answer: fatal\n");
    ConfigLoader.prepareInBackground(dir);
    ConfigLoader.prepareInBackground(dir.resolve("no/such/dir"));

    assertThatThrownBy(() -> ConfigLoader.load(file))
        .isInstanceOfSatisfying(
            ConfigException.class, e -> assertThat(e.describe()).contains(":2:", "fatal"));
    Files.writeString(file, "rules:\n  empty-answer: info\n");
    assertThat(ConfigLoader.load(file).rules().get("empty-answer").severity())
        .contains(Severity.INFO);
  }

  @Test
  void badSeverityIsAnError(@TempDir Path dir) throws Exception {
    Path file =
        Files.writeString(dir.resolve(".qbank-lint.yml"), "rules:\n  empty-answer: fatal\n");
    assertThatThrownBy(() -> ConfigLoader.load(file))
        .isInstanceOfSatisfying(
            ConfigException.class, e -> assertThat(e.describe()).contains(":2:", "fatal"));
  }

  @Test
  void ruleEntriesTakeSeverityOffOrAMap(@TempDir Path dir) throws Exception {
    Path file =
        Files.writeString(
            dir.resolve(".qbank-lint.yml"),
            "rules:\n  empty-answer: warning\n  empty-section: off\n  thin-answer: {severity: info, minLength: 20}\n");
    Config config = ConfigLoader.load(file);
    assertThat(config.rules().get("empty-answer").severity()).contains(Severity.WARNING);
    assertThat(config.rules().get("empty-section").enabled()).contains(false);
    assertThat(config.rules().get("thin-answer").options()).containsKey("minLength");
    assertThat(config.rules().get("thin-answer").options().get("minLength").line()).isEqualTo(4);
  }

  @Test
  void discoveryWalksUpFromTheLintedPath(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve(".qbank-lint.yml"), "exclude: ['drafts/**']\n");
    Path nested = Files.createDirectories(dir.resolve("a/b"));
    assertThat(ConfigLoader.discover(nested))
        .contains(dir.resolve(".qbank-lint.yml").toAbsolutePath());
    assertThat(ConfigLoader.loadFor(nested).exclude()).containsExactly("drafts/**");
  }

  @Test
  void theInitTemplateParsesToTheDefaults() {
    Config config =
        ConfigLoader.parse(
            Path.of("template.yml"), ConfigTemplate.text(List.of(), ConfigJsonSchema.FILE_NAME));
    Config defaults = Config.defaults();
    assertThat(config.conventions()).isEqualTo(defaults.conventions());
    assertThat(config.include()).isEqualTo(defaults.include());
    assertThat(config.maxFileBytes()).isEqualTo(defaults.maxFileBytes());
    assertThat(config.settings().maxInlineChars())
        .isEqualTo(defaults.settings().maxInlineChars())
        .isEqualTo(MarkdownParser.DEFAULT_MAX_INLINE_CHARS);
  }

  @Test
  void maxInlineCharsIsATopLevelSetting() {
    Config config = ConfigLoader.parse(Path.of("c.yml"), "maxInlineChars: 200000\n");
    assertThat(config.settings().maxInlineChars()).isEqualTo(200_000);
  }

  @Test
  void maxInlineCharsBelowOneIsAnError() {
    assertThatThrownBy(() -> ConfigLoader.parse(Path.of("c.yml"), "maxInlineChars: 0\n"))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.describe())
                    .isEqualTo("c.yml:1:17: maxInlineChars: 0 is not in the range 1 to 1000000"));
  }
}
