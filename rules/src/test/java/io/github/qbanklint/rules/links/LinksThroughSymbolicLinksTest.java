package io.github.qbanklint.rules.links;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.rules.file.OutsideWorkspaceRule;
import io.github.qbanklint.rules.testing.RuleHarness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local link targets behind symbolic links: followed inside the workspace, never outside it. */
class LinksThroughSymbolicLinksTest {
  @TempDir Path dir;
  private Path workspace;
  private Path elsewhere;

  @BeforeEach
  void workspaceWithLinks() throws IOException {
    workspace = Files.createDirectories(dir.resolve("repo"));
    elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("secret.md"), "# Secret\n");
    Files.createSymbolicLink(workspace.resolve("ext"), elsewhere);
    Path docs = Files.createDirectories(workspace.resolve("docs"));
    Files.writeString(docs.resolve("guide.md"), "# Guide\n\n## Setup\n");
    Files.createSymbolicLink(workspace.resolve("alias"), docs);
    Files.createSymbolicLink(workspace.resolve("loop.md"), workspace.resolve("loop.md"));
    Files.writeString(
        workspace.resolve("README.md"),
        """
        # Bank

        - [outside](ext/secret.md#secret)
        - [outside, misspelt](ext/secrte.md)
        - ![outside image](ext/figure.png)
        - [inside through a link](alias/guide.md#setup)
        - [inside through a link, wrong anchor](alias/guide.md#install)
        - [a loop](loop.md)
        """);
  }

  private List<Finding> lint(Rule rule) {
    return RuleHarness.lintDirectory(rule, workspace, "").findings();
  }

  @Test
  void aLinkTargetOutsideTheWorkspaceIsReportedOnceAndNotChecked() throws IOException {
    List<Finding> outside =
        lint(new OutsideWorkspaceRule()).stream()
            .filter(f -> f.path().equals("README.md"))
            .toList();

    assertThat(outside).extracting(Finding::line).containsExactly(3, 4, 5);
    assertThat(outside.get(0).message())
        .contains(
            "'ext/secret.md' is outside the workspace (→ "
                + elsewhere.toRealPath().resolve("secret.md")
                + ", through a symbolic link); not checked")
        .doesNotContain("did you mean");
    for (Rule rule : List.of(new BrokenLinkRule(), new BrokenImageRule(), new BrokenAnchorRule())) {
      assertThat(lint(rule)).as(rule.id()).noneMatch(f -> f.line() >= 3 && f.line() <= 5);
    }
  }

  @Test
  void anchorsOfADocumentReachedThroughAnInWorkspaceLinkAreChecked() {
    assertThat(lint(new BrokenAnchorRule()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.line()).isEqualTo(7);
              assertThat(f.message()).contains("'#install'", "in docs/guide.md");
            });
  }

  @Test
  void aLinkToASymlinkLoopIsNamedALoop() {
    assertThat(lint(new BrokenLinkRule()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.line()).isEqualTo(8);
              assertThat(f.message())
                  .contains("symlink loop at loop.md")
                  .doesNotContain("does not exist");
            });
  }
}
