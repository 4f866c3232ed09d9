package io.github.qbanklint.rules.links;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.rules.testing.RuleHarness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links between the files of a workspace on disk: anchors of other files, paths, images. */
class CrossFileLinksTest {
  @TempDir Path workspace;

  @BeforeEach
  void writeWorkspace() throws IOException {
    Files.createDirectories(workspace.resolve("docs/img"));
    Files.writeString(
        workspace.resolve("README.md"),
        """
        # Bank

        - [setup](docs/guide.md#setup)
        - [wrong anchor](docs/guide.md#instal)
        - [wrong case anchor](docs/guide.md#Setup)
        - [html id](docs/guide.md#Q-1)
        - [line](docs/notes.txt#L3)
        - [case only file](docs/Guide.md)
        - [root-relative](/docs/guide.md#install)
        - [encoded](docs/my%20notes.md#top)
        """);
    Files.writeString(
        workspace.resolve("docs/guide.md"),
        """
        # Guide

        ## Setup

        ## Install

        <h3 id="Q-1">Question one</h3>

        - [back](../README.md#bank)
        - [back wrong](../README.md#banks)
        - [escapes](../../outside.md)
        - ![figure](img/figure.png)
        - ![missing figure](img/figur.png)
        """);
    Files.writeString(workspace.resolve("docs/notes.txt"), "one\ntwo\nthree\n");
    Files.writeString(workspace.resolve("docs/my notes.md"), "# Notes\n");
    Files.write(workspace.resolve("docs/img/figure.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
  }

  private List<Finding> lint(Rule rule) {
    return RuleHarness.lintDirectory(rule, workspace, "").findings();
  }

  @Test
  void anchorsOfOtherFilesComeFromThoseFiles() {
    List<Finding> findings = lint(new BrokenAnchorRule());

    assertThat(findings)
        .extracting(f -> f.path() + ":" + f.line())
        .containsExactly("README.md:4", "README.md:5", "docs/guide.md:10");
    assertThat(findings.get(0).message())
        .contains("in docs/guide.md")
        .contains("did you mean #install?");
    assertThat(findings.get(1).message()).contains("did you mean #setup?");
    assertThat(findings.get(2).message()).contains("in README.md").contains("did you mean #bank?");
  }

  @Test
  void pathsResolveFromTheLinkingFile() {
    List<Finding> findings = lint(new BrokenLinkRule());

    assertThat(findings)
        .extracting(f -> f.path() + ":" + f.line())
        .containsExactly("README.md:8", "docs/guide.md:11");
    assertThat(findings.get(0).message()).contains("letter case").contains("docs/guide.md");
    assertThat(findings.get(1).message()).contains("outside the workspace root");
  }

  @Test
  void imagesResolveFromTheShowingFileWithSuggestions() {
    List<Finding> findings = lint(new BrokenImageRule());

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path()).isEqualTo("docs/guide.md");
              assertThat(f.message()).contains("did you mean 'docs/img/figure.png'?");
            });
  }

  @Test
  void aLinkIntoAnUnreadableDirectoryIsPermissionDeniedNotMissing() throws IOException {
    Path locked = Files.createDirectories(workspace.resolve("locked"));
    Files.writeString(locked.resolve("notes.txt"), "one\n");
    Files.writeString(workspace.resolve("locked.md"), "# Locked\n\n[notes](locked/notes.txt)\n");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      assertThat(lint(new BrokenLinkRule()))
          .filteredOn(f -> f.path().equals("locked.md"))
          .singleElement()
          .satisfies(
              f ->
                  assertThat(f.message())
                      .contains("'locked/notes.txt' cannot be checked", "'locked'", "permission")
                      .doesNotContain("does not exist"));
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void documentsGivenInMemoryAreLinkTargetsToo() {
    List<Finding> findings =
        RuleHarness.run(
                new BrokenAnchorRule(),
                "",
                List.of(
                    Document.of("memory/a.md", "# A\n\n[b](b.md#part-two) [bad](b.md#part-3)\n"),
                    Document.of("memory/b.md", "# B\n\n## Part two\n")))
            .findings();

    assertThat(findings)
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("#part-3"));
  }
}
