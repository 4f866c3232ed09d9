package io.github.qbanklint.rules.file;

import io.github.qbanklint.rules.testing.RuleFixtureTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;

class OutsideWorkspaceRuleTest extends RuleFixtureTest {
  private static final Path LINKS = Path.of("target", "outside-workspace");

  /**
   * The fixtures are linted with the module directory as workspace root; they link through these
   * two symbolic links, made here since the repository keeps no link to outside itself.
   */
  @BeforeAll
  static void makeLinksOutOfAndInsideTheWorkspace() throws IOException {
    Path outside = Files.createTempDirectory("outside-workspace");
    Files.writeString(outside.resolve("notes.md"), "# Notes\n");
    Files.write(outside.resolve("figure.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    Files.createDirectories(LINKS);
    relink(LINKS.resolve("escape"), outside);
    relink(
        LINKS.resolve("inside"),
        Path.of("..", "..", "src", "test", "resources", "file", "outside-workspace"));
  }

  private static void relink(Path link, Path target) throws IOException {
    Files.deleteIfExists(link);
    Files.createSymbolicLink(link, target);
  }
}
