package io.github.qbanklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local workflow end to end in a throwaway git repository: {@code check --staged} in process,
 * and a real {@code git commit} through the hook that {@code install-hook} writes, with the hook
 * starting this build's CLI from the test class path.
 */
class GitWorkflowTest {
  private static final String ANSWERED =
      "# Bank\n\n## Section\n\n### 问题1：What is a cache?\n\nA fast store close to the reader.\n";
  private static final String NEW_QUESTION = ANSWERED + "\n### 问题2：What is a write-back cache?\n\n";
  private static final String NEW_ANSWER =
      NEW_QUESTION + "One that writes to memory only on eviction.\n";

  @TempDir Path repo;
  private TestRepository repository;

  @BeforeEach
  void initRepository() throws Exception {
    repository = TestRepository.init(repo);
    write(ANSWERED);
    repository.git("add", "bank.md");
    repository.git("commit", "-q", "-m", "first question");
  }

  @Test
  void checkStagedSeesTheStagedContentNotLaterEdits() throws Exception {
    write(NEW_QUESTION);
    repository.git("add", "bank.md");
    write(NEW_ANSWER);

    assertThat(Main.run("check", "--staged", repo.toString()))
        .as("staged: question without answer")
        .isEqualTo(1);
    assertThat(Main.run("check", repo.toString())).as("working tree: answered").isZero();

    repository.git("add", "bank.md");
    assertThat(Main.run("check", "--staged", repo.toString())).as("answer staged").isZero();
  }

  @Test
  void checkStagedOutsideAGitRepositoryIsAUsageError(@TempDir Path plain) throws IOException {
    Files.writeString(plain.resolve("bank.md"), ANSWERED);

    assertThat(Main.run("check", "--staged", plain.toString())).isEqualTo(2);
  }

  @Test
  void installedHookBlocksAQuestionWithoutAnswerAndLetsTheAnsweredOneThrough() throws Exception {
    assertThat(Main.run("install-hook", "--command", cliCommand(), repo.toString())).isZero();

    write(NEW_QUESTION);
    repository.git("add", "bank.md");
    TestRepository.Result blocked = repository.gitResult("commit", "-m", "new question");
    assertThat(blocked.exitCode())
        .as("commit without the answer: %s", blocked.output())
        .isNotZero();
    assertThat(blocked.output()).contains("empty-answer");
    assertThat(repository.git("rev-list", "--count", "HEAD")).isEqualTo("1");

    write(NEW_ANSWER);
    repository.git("add", "bank.md");
    TestRepository.Result passed =
        repository.gitResult("commit", "-m", "new question with its answer");
    assertThat(passed.exitCode()).as("commit with the answer: %s", passed.output()).isZero();
    assertThat(repository.git("rev-list", "--count", "HEAD")).isEqualTo("2");
  }

  @Test
  void installHookRefusesAForeignHookUnlessForcedOrChained() throws Exception {
    Path hook =
        repo.resolve(repository.git("rev-parse", "--git-path", "hooks")).resolve("pre-commit");
    Files.writeString(hook, "#!/bin/sh\nexit 0\n");

    assertThat(Main.run("install-hook", repo.toString())).isEqualTo(2);
    assertThat(Files.readString(hook)).isEqualTo("#!/bin/sh\nexit 0\n");
    assertThat(Main.run("install-hook", "--chain", "--force", repo.toString())).isEqualTo(2);
    assertThat(Main.run("install-hook", "--chain", repo.toString())).isZero();
    assertThat(Files.readString(hook)).contains("check --staged");
  }

  /** Starts this build's CLI: the test JVM's java with the test class path. */
  private static String cliCommand() {
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return quote(java)
        + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "
        + quote(classPath)
        + " "
        + Main.class.getName();
  }

  private static String quote(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }

  private void write(String text) throws IOException {
    Files.writeString(repo.resolve("bank.md"), text, StandardCharsets.UTF_8);
  }
}
