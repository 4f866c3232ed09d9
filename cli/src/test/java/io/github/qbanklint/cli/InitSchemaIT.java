package io.github.qbanklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code init} writes the config and, while the project URL is unset, its schema beside it: the
 * config's first line points YAML editors at that file, the config passes the schema, and neither
 * file is ever overwritten.
 */
class InitSchemaIT {
  private static final String SCHEMA = ".qbank-lint.schema.json";

  @TempDir Path dir;

  @Test
  void initWritesAConfigThatPointsAtItsSchemaAndPassesIt() throws Exception {
    Path bank = Files.createDirectories(dir.resolve("bank"));
    Files.copy(CliRunner.EXAMPLE_BANK, bank.resolve("README.md"));

    CliRunner.Result r = CliRunner.run(bank, "init");

    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stdout()).contains("wrote ./" + SCHEMA, "wrote ./.qbank-lint.yml");
    try (Stream<Path> files = Files.list(bank)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly(".qbank-lint.schema.json", ".qbank-lint.yml", "README.md");
    }
    String config = Files.readString(bank.resolve(".qbank-lint.yml"), StandardCharsets.UTF_8);
    assertThat(config).startsWith("# yaml-language-server: $schema=" + SCHEMA + "\n");
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(Files.readString(bank.resolve(SCHEMA), StandardCharsets.UTF_8));
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    assertThat(schema.validate(yaml.readTree(config))).isEmpty();
    assertThat(schema.validate(yaml.readTree("rules: {empty-anwser: error}\n"))).isNotEmpty();
    assertThat(config).contains("\n  # empty-answer: error  # ", "\n  # thin-answer:  # ");
    assertThat(CliRunner.run(bank, "check", "README.md", "--fail-on", "none").exitCode()).isZero();
  }

  @Test
  void anExistingSchemaFileStopsInitBeforeItWritesAnything() throws Exception {
    Files.writeString(dir.resolve(SCHEMA), "{}");

    CliRunner.Result r = CliRunner.run(dir, "init");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stderr()).contains(SCHEMA + " exists already");
    assertThat(dir.resolve(".qbank-lint.yml")).doesNotExist();
    assertThat(Files.readString(dir.resolve(SCHEMA))).isEqualTo("{}");
  }

  @Test
  void aSymbolicLinkInPlaceOfTheSchemaIsNotFollowed() throws Exception {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Path workspace = Files.createDirectories(dir.resolve("ws"));
    Files.createSymbolicLink(workspace.resolve(SCHEMA), outside.resolve("schema.json"));

    CliRunner.Result r = CliRunner.run(workspace, "init");

    assertThat(r.exitCode()).isEqualTo(2);
    try (Stream<Path> files = Files.list(outside)) {
      assertThat(files.toList()).isEqualTo(List.of());
    }
  }
}
