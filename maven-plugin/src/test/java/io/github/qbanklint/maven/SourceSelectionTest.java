package io.github.qbanklint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceSelectionTest {
  @TempDir Path basedir;

  @Test
  void skipsChildModulesAndTheBuildDirectory() throws IOException {
    Files.createDirectories(basedir.resolve("module-a"));
    Files.createDirectories(basedir.resolve("nested/module-b"));
    Files.writeString(basedir.resolve("nested/module-b/pom.xml"), "<project/>");

    SourceSelection selection =
        SourceSelection.of(
            basedir,
            List.of(basedir.toFile()),
            basedir.resolve("out"),
            List.of("module-a", "nested/module-b/pom.xml"));

    assertThat(selection.inputs()).containsExactly(basedir);
    assertThat(selection.root()).isEqualTo(basedir);
    assertThat(selection.moduleExcludes())
        .containsExactly(
            "out", "out/**", "module-a", "module-a/**", "nested/module-b", "nested/module-b/**");
  }

  @Test
  void lintsAModuleThatIsNamedAsASourceDirectory() throws IOException {
    Files.createDirectories(basedir.resolve("docs"));

    SourceSelection selection =
        SourceSelection.of(
            basedir, List.of(new java.io.File("docs")), basedir.resolve("target"), List.of("docs"));

    assertThat(selection.inputs()).containsExactly(basedir.resolve("docs"));
    assertThat(selection.moduleExcludes()).containsExactly("target", "target/**");
  }

  @Test
  void dropsSourceDirectoriesThatDoNotExist() {
    SourceSelection selection =
        SourceSelection.of(
            basedir, List.of(new java.io.File("src/docs")), basedir.resolve("target"), List.of());

    assertThat(selection.inputs()).isEmpty();
  }
}
