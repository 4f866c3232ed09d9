package io.github.qbanklint.core.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.DocumentSummary;
import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.api.WorkspaceContext;
import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.engine.CrashRule;
import io.github.qbanklint.core.engine.LintEngine;
import io.github.qbanklint.core.engine.LintRequest;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.engine.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitScopedLintTest {
  @TempDir Path repo;

  private final GitScopedLint lint =
      new GitScopedLint(
          new LintEngine(new RuleRegistry(List.of(new BadWordRule(), new AnchorRule()))));

  @BeforeEach
  void initRepository() {
    TestGit.init(repo);
  }

  @Test
  void stagedModeReadsTheIndexNotLaterEdits() throws IOException {
    write("a.md", "# A\n\nBAD text\n");
    TestGit.run(repo, "add", "a.md");
    write("a.md", "# A\n\nfixed in the working tree only\n");

    assertThat(lines(lint.staged(request()).findings())).containsExactly("a.md:3 bad-word");
  }

  @Test
  void stagedModeIgnoresUnstagedDefects() throws IOException {
    write("a.md", "# A\n\ngood\n");
    TestGit.run(repo, "add", "a.md");
    write("a.md", "# A\n\nBAD, but not staged\n");

    assertThat(lint.staged(request()).findings()).isEmpty();
  }

  @Test
  void onlyStagedFilesAreReported() throws IOException {
    write("old.md", "BAD but committed earlier\n");
    TestGit.commitAll(repo);
    write("new.md", "\n\nBAD\n");
    TestGit.run(repo, "add", "new.md");

    var result = lint.staged(request());

    assertThat(lines(result.findings())).containsExactly("new.md:3 bad-word");
    assertThat(result.files()).extracting(f -> f.path()).containsExactly("new.md");
  }

  @Test
  void anchorsIntoUnchangedFilesStillResolve() throws IOException {
    write("target.md", "# Target\n\n## Kept heading\n");
    TestGit.commitAll(repo);
    write("a.md", "[ok](target.md#kept-heading) and [broken](target.md#gone)\n");
    TestGit.run(repo, "add", "a.md");

    assertThat(lines(lint.staged(request()).findings())).containsExactly("a.md:1 anchor");
  }

  @Test
  void anchorsResolveAgainstStagedContentOfOtherFiles() throws IOException {
    write("target.md", "# Target\n\n## Old heading\n");
    write("a.md", "[link](target.md#old-heading)\n");
    TestGit.commitAll(repo);
    write("target.md", "# Target\n\n## New heading\n");
    write("a.md", "[link](target.md#new-heading)\n");
    TestGit.run(repo, "add", "a.md");

    // target.md's rename is not staged, so the staged link points to an anchor the commit lacks.
    assertThat(lines(lint.staged(request()).findings())).containsExactly("a.md:1 anchor");
  }

  @Test
  void stagedDeletionThatBreaksALinkFromAnUnstagedFileIsReported() throws IOException {
    write("a.md", "# A\n\n## Intro\n");
    write("b.md", "# B\n\nSee [the intro](a.md#intro).\n");
    TestGit.commitAll(repo);
    TestGit.run(repo, "rm", "-q", "a.md");

    assertThat(messages(lint.staged(request()).findings()))
        .containsExactly("b.md:3 anchor: no file a.md");
  }

  @Test
  void aRuleFailingOnAFileThatIsNotStagedIsStillReported() throws IOException {
    GitScopedLint crashing =
        new GitScopedLint(new LintEngine(new RuleRegistry(List.of(new CrashRule()))));
    write("crash.md", "# C\n\nCRASH\n");
    write("gone.md", "# G\n");
    TestGit.commitAll(repo);
    write("a.md", "# A\n");
    TestGit.run(repo, "add", "a.md");

    assertThat(lines(crashing.staged(request()).findings()))
        .containsExactly("crash.md:1 " + LintResult.INTERNAL_ERROR);

    TestGit.run(repo, "rm", "-q", "gone.md"); // a deletion: HEAD is linted too
    assertThat(lines(crashing.staged(request()).findings()))
        .containsExactly("crash.md:1 " + LintResult.INTERNAL_ERROR);
  }

  @Test
  void stagedRenameThatBreaksAnAnchorLinkIsReported() throws IOException {
    write("a.md", "# A\n\n## Intro\n");
    write("b.md", "# B\n\nSee [the intro](a.md#intro).\n");
    TestGit.commitAll(repo);
    TestGit.run(repo, "mv", "a.md", "c.md");

    var result = lint.staged(request());

    assertThat(messages(result.findings())).containsExactly("b.md:3 anchor: no file a.md");
    assertThat(result.files()).extracting(f -> f.path()).containsExactly("b.md", "c.md");
  }

  @Test
  void stagedHeadingChangeThatBreaksAnAnchorLinkFromAnUnstagedFileIsReported() throws IOException {
    write("a.md", "# A\n\n## Intro\n");
    write("b.md", "# B\n\nSee [the intro](a.md#intro).\n");
    TestGit.commitAll(repo);
    write("a.md", "# A\n\n## Introduction\n");
    TestGit.run(repo, "add", "a.md");

    assertThat(lines(lint.staged(request()).findings())).containsExactly("b.md:3 anchor");
  }

  @Test
  void aFindingAlreadyInHeadIsNotReportedAgain() throws IOException {
    write("a.md", "# A\n\n## Intro\n");
    write("b.md", "# B BAD\n\n[old](a.md#gone) [new](a.md#intro) [old](missing.md#x)\n");
    TestGit.commitAll(repo);
    write("a.md", "# A\n");
    TestGit.run(repo, "add", "a.md");

    assertThat(columns(lint.staged(request()).findings())).containsExactly("b.md:3:18 anchor");
  }

  @Test
  void aFindingThatOnlyMovedInTheMessageIsNotReportedAgain() throws IOException {
    write("a.md", "# A\n\n## Intro\n");
    write("b.md", "[broken before](a.md#gone)\n");
    TestGit.commitAll(repo);
    write("a.md", "# A\n\n## Introduction\n");
    TestGit.run(repo, "add", "a.md");

    // The message names the anchors a.md now has, but the link was broken in HEAD already.
    assertThat(lint.staged(request()).findings()).isEmpty();
  }

  @Test
  void aFileWhoseRemovalIsStagedIsAbsentEvenWhileStillOnDisk() throws IOException {
    write("a.md", "# A\n");
    write("b.md", "[a](a.md#a)\n");
    TestGit.commitAll(repo);
    TestGit.run(repo, "rm", "-q", "--cached", "a.md");

    assertThat(messages(lint.staged(request()).findings()))
        .containsExactly("b.md:1 anchor: no file a.md");
  }

  @Test
  void untrackedFilesAreNotPartOfTheStagedWorkspace() throws IOException {
    write("draft.md", "# Draft\n\nBAD\n");
    write("a.md", "[draft](draft.md#draft)\n");
    TestGit.run(repo, "add", "a.md");

    assertThat(messages(lint.staged(request()).findings()))
        .containsExactly("a.md:1 anchor: no file draft.md");
  }

  @Test
  void editsThatKeepEveryAnchorLintOnlyTheIndex() throws IOException {
    write("a.md", "# A\n\n## Intro\n");
    write("b.md", "[intro](a.md#intro)\n");
    TestGit.commitAll(repo);
    write("a.md", "# A\n\n## Intro\n\nMore text.\n\n## Added\n");
    TestGit.run(repo, "add", "a.md");
    WorkspaceRuns runs = new WorkspaceRuns();

    new GitScopedLint(new LintEngine(new RuleRegistry(List.of(runs)))).staged(request());

    assertThat(runs.count).hasValue(1);
  }

  @Test
  void aStagedDeletionLintsHeadToo() throws IOException {
    write("a.md", "# A\n");
    write("b.md", "# B\n");
    TestGit.commitAll(repo);
    TestGit.run(repo, "rm", "-q", "a.md");
    WorkspaceRuns runs = new WorkspaceRuns();

    new GitScopedLint(new LintEngine(new RuleRegistry(List.of(runs)))).staged(request());

    assertThat(runs.count).hasValue(2);
  }

  @Test
  void stagedFilesWithANewlineInTheirNameAreRead() throws IOException {
    write("old\nname.md", "# Old\n");
    TestGit.commitAll(repo);
    TestGit.run(repo, "rm", "-q", "old\nname.md");
    write("new\nname.md", "BAD\n");
    TestGit.run(repo, "add", "new\nname.md");

    assertThat(lines(lint.staged(request()).findings())).containsExactly("new\nname.md:1 bad-word");
  }

  @Test
  void nothingStagedMeansNothingIsLinted() throws IOException {
    write("a.md", "BAD\n");
    TestGit.commitAll(repo);
    write("code.txt", "not markdown\n");
    TestGit.run(repo, "add", "code.txt");

    var result = lint.staged(request());

    assertThat(result.findings()).isEmpty();
    assertThat(result.files()).isEmpty();
  }

  @Test
  void excludedFilesAreNotSelected() throws IOException {
    write(".qbank-lint.yml", "exclude: ['drafts/**']\n");
    write("drafts/d.md", "BAD\n");
    TestGit.run(repo, "add", ".");
    Config config = io.github.qbanklint.core.config.ConfigLoader.loadFor(repo);

    assertThat(lint.staged(new LintRequest(List.of(Path.of(".")), repo, config, 1)).findings())
        .isEmpty();
  }

  @Test
  void changedSinceSelectsCommittedStagedUnstagedAndUntrackedChanges() throws IOException {
    write("base.md", "BAD in the base commit\n");
    write("edited.md", "good\n");
    TestGit.commitAll(repo);
    TestGit.run(repo, "tag", "base");
    write("committed.md", "BAD\n");
    TestGit.commitAll(repo);
    write("edited.md", "BAD\n");
    write("untracked.md", "BAD\n");

    assertThat(lines(lint.changedSince(request(), "base").findings()))
        .containsExactly(
            "committed.md:1 bad-word", "edited.md:1 bad-word", "untracked.md:1 bad-word");
  }

  @Test
  void unknownRevisionIsAClearError() {
    assertThatThrownBy(() -> lint.changedSince(request(), "no-such-branch"))
        .isInstanceOf(GitException.class)
        .hasMessageContaining("unknown revision 'no-such-branch'");
  }

  @Test
  void theRepositoryIsTheOneHoldingThePathsNotTheCurrentDirectory(@TempDir Path elsewhere)
      throws IOException {
    write("a.md", "BAD\n");
    TestGit.run(repo, "add", "a.md");

    var result = lint.staged(new LintRequest(List.of(repo), elsewhere, Config.defaults(), 1));

    assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("bad-word");
  }

  @Test
  void outsideARepositoryIsAClearError(@TempDir Path plain) {
    assertThatThrownBy(
            () -> lint.staged(new LintRequest(List.of(Path.of(".")), plain, Config.defaults(), 1)))
        .isInstanceOf(GitException.class)
        .hasMessageContaining("is not inside a git work tree");
  }

  private LintRequest request() {
    return new LintRequest(List.of(Path.of(".")), repo, Config.defaults(), 2);
  }

  private void write(String path, String text) throws IOException {
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static List<String> lines(List<Finding> findings) {
    return findings.stream().map(f -> f.path() + ":" + f.line() + " " + f.ruleId()).toList();
  }

  private static List<String> columns(List<Finding> findings) {
    return findings.stream()
        .map(f -> f.path() + ":" + f.line() + ":" + f.column() + " " + f.ruleId())
        .toList();
  }

  private static List<String> messages(List<Finding> findings) {
    return findings.stream()
        .map(f -> f.path() + ":" + f.line() + " " + f.ruleId() + ": " + f.message())
        .toList();
  }

  /** Counts how often the engine runs workspace rules: once per lint of a workspace. */
  static final class WorkspaceRuns implements Rule {
    final AtomicInteger count = new AtomicInteger();

    @Override
    public RuleMeta meta() {
      return RuleMeta.builder("runs")
          .family("test")
          .summary("runs")
          .severity(Severity.ERROR)
          .build();
    }

    @Override
    public void checkWorkspace(WorkspaceContext context) {
      count.incrementAndGet();
    }
  }

  /** Reports every line containing BAD. */
  static final class BadWordRule implements Rule {
    @Override
    public RuleMeta meta() {
      return RuleMeta.builder("bad-word")
          .family("test")
          .summary("BAD")
          .severity(Severity.ERROR)
          .build();
    }

    @Override
    public void check(DocumentContext context) {
      String text = context.document().text();
      for (int i = text.indexOf("BAD"); i >= 0; i = text.indexOf("BAD", i + 1)) {
        context.report(i, i + 3, "BAD");
      }
    }
  }

  /**
   * Reports links to {@code file#anchor} whose file is not among the linted documents, or whose
   * anchor the target file lacks, naming the anchors it has (as a "did you mean" would).
   */
  static final class AnchorRule implements Rule {
    @Override
    public RuleMeta meta() {
      return RuleMeta.builder("anchor")
          .family("test")
          .summary("anchors")
          .severity(Severity.ERROR)
          .build();
    }

    @Override
    public void checkWorkspace(WorkspaceContext context) {
      Map<String, DocumentSummary> byPath =
          context.documents().stream().collect(Collectors.toMap(DocumentSummary::path, d -> d));
      for (DocumentSummary d : context.documents()) {
        for (DocumentSummary.LocatedLink link : d.links()) {
          String[] parts = link.destination().split("#", 2);
          DocumentSummary target = byPath.get(parts[0]);
          if (parts.length < 2) {
            continue;
          }
          if (target == null) {
            report(context, d, link, "no file " + parts[0]);
          } else if (!target.anchors().contains(parts[1])) {
            report(context, d, link, "no anchor " + parts[1] + " in " + target.anchors());
          }
        }
      }
    }

    private static void report(
        WorkspaceContext context,
        DocumentSummary document,
        DocumentSummary.LocatedLink link,
        String message) {
      context.report(
          document.path(), link.line(), link.column(), link.endLine(), link.endColumn(), message);
    }
  }
}
