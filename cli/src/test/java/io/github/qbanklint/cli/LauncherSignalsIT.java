package io.github.qbanklint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Killing the {@code qbank-lint} launcher stops the JVM it runs, on each of its paths: the lint
 * itself, the class-data archive it makes after a build, and the first-run build. The launcher is
 * copied into a repository of its own (the CLI jar linked in), so each path can be chosen.
 *
 * <p>The JVMs are made to wait until they are killed, whatever the machine's speed: the lint's by a
 * report to a FIFO that nobody reads, the others by {@code JAVA_TOOL_OPTIONS} sending their log to
 * such a FIFO, which each opens as it starts.
 */
@EnabledOnOs(OS.LINUX)
class LauncherSignalsIT {
  private static final Path LAUNCHER = Path.of("..", "qbank-lint").toAbsolutePath().normalize();
  private static final Duration GONE_WITHIN = Duration.ofSeconds(5);
  private static final Duration STARTS_WITHIN = Duration.ofSeconds(60);

  enum Signal {
    TERM(15),
    INT(2);

    final int number;

    Signal(int number) {
      this.number = number;
    }
  }

  @TempDir Path repo;
  @TempDir Path tmp;
  private Path fifo;
  // Everything the test started, killed after it whatever the outcome: a JVM waiting on the FIFO
  // would otherwise wait forever.
  private final List<ProcessHandle> started = new ArrayList<>();

  @BeforeEach
  void launcherInARepositoryOfItsOwn() throws Exception {
    Files.copy(LAUNCHER, repo.resolve("qbank-lint"), StandardCopyOption.COPY_ATTRIBUTES);
    Path jar = Files.createDirectories(repo.resolve("cli/target")).resolve("qbank-lint.jar");
    Files.createSymbolicLink(jar, CliRunner.JAR);
    fifo = tmp.resolve("nobody-reads-this");
    run("mkfifo", fifo.toString());
  }

  @AfterEach
  void killWhatIsLeft() {
    started.forEach(ProcessHandle::destroyForcibly);
  }

  @ParameterizedTest
  @EnumSource(Signal.class)
  void killingTheLauncherStopsTheLintsJvm(Signal signal) throws Exception {
    assumeDeliverable(signal);
    run(repo.resolve("qbank-lint").toString(), "--version"); // makes the class-data archive
    Process launcher =
        start(Map.of(), "check", CliRunner.EXAMPLE_BANK.toString(), "--output", fifo.toString());
    // The launcher replaces itself with the JVM.
    awaitTrue(() -> launcher.info().command().orElse("").endsWith("java"), STARTS_WITHIN);

    kill(launcher.pid(), signal);

    assertKilledBy(launcher, signal, List.of());
  }

  @ParameterizedTest
  @EnumSource(Signal.class)
  void killingTheLauncherWhileItMakesTheClassDataArchiveStopsThatJvm(Signal signal)
      throws Exception {
    assumeDeliverable(signal);
    Process launcher = start(Map.of("JAVA_TOOL_OPTIONS", logToFifo()), "--version");
    List<ProcessHandle> children = awaitJavaChild(launcher);

    kill(launcher.pid(), signal);

    assertKilledBy(launcher, signal, children);
    try (Stream<Path> left = Files.list(repo.resolve("cli/target"))) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .as("no archive, whole or partial, is left behind")
          .containsExactly("qbank-lint.jar");
    }
  }

  @ParameterizedTest
  @EnumSource(Signal.class)
  void killingTheLauncherDuringTheFirstRunBuildStopsTheBuild(Signal signal) throws Exception {
    assumeDeliverable(signal);
    // A stand-in for the Maven wrapper: a JVM that runs until it is killed.
    Path mvnw = repo.resolve("mvnw");
    Files.writeString(mvnw, "#!/bin/sh\nexec java -version\n");
    mvnw.toFile().setExecutable(true);
    Path pom = Files.writeString(repo.resolve("pom.xml"), "<project/>\n");
    Files.setLastModifiedTime(pom, FileTime.from(Instant.now().plus(Duration.ofHours(1))));
    Process launcher = start(Map.of("JAVA_TOOL_OPTIONS", logToFifo()), "--version");
    List<ProcessHandle> children = awaitJavaChild(launcher);

    kill(launcher.pid(), signal);

    assertKilledBy(launcher, signal, children);
  }

  /** A background job of a non-interactive shell ignores SIGINT, and so does all it starts. */
  private static void assumeDeliverable(Signal signal) throws IOException {
    String ignored =
        Files.readAllLines(Path.of("/proc/self/status")).stream()
            .filter(line -> line.startsWith("SigIgn:"))
            .map(line -> line.substring("SigIgn:".length()).strip())
            .findFirst()
            .orElse("0");
    boolean isIgnored = (Long.parseUnsignedLong(ignored, 16) & (1L << (signal.number - 1))) != 0;
    assumeFalse(isIgnored, "SIG" + signal + " is ignored by this test's process and its children");
  }

  private String logToFifo() {
    return "-Xlog:gc:file=" + fifo;
  }

  private Process start(Map<String, String> environment, String... args) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(
                Stream.concat(Stream.of(repo.resolve("qbank-lint").toString()), Stream.of(args))
                    .toList())
            .directory(repo.toFile())
            .redirectOutput(tmp.resolve("out.txt").toFile())
            .redirectError(tmp.resolve("err.txt").toFile());
    builder.environment().put("TMPDIR", tmp.toString());
    builder.environment().putAll(environment);
    Process launcher = builder.start();
    started.add(launcher.toHandle());
    return launcher;
  }

  /** The launcher's descendants once one of them is a JVM. */
  private List<ProcessHandle> awaitJavaChild(Process launcher) throws InterruptedException {
    Predicate<ProcessHandle> isJava = p -> p.info().command().orElse("").endsWith("java");
    awaitTrue(() -> launcher.descendants().anyMatch(isJava), STARTS_WITHIN);
    List<ProcessHandle> children = launcher.descendants().toList();
    started.addAll(children);
    return children;
  }

  private static void kill(long pid, Signal signal) throws Exception {
    run("kill", "-" + signal, Long.toString(pid));
  }

  private void assertKilledBy(Process launcher, Signal signal, List<ProcessHandle> children)
      throws Exception {
    assertThat(launcher.waitFor(GONE_WITHIN.toSeconds(), TimeUnit.SECONDS))
        .as("the launcher ends")
        .isTrue();
    assertThat(launcher.exitValue()).as("exit status").isEqualTo(128 + signal.number);
    awaitTrue(() -> children.stream().noneMatch(ProcessHandle::isAlive), GONE_WITHIN);
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .as("temporary files are removed")
          .containsExactlyInAnyOrder("nobody-reads-this", "out.txt", "err.txt");
    }
  }

  private static void awaitTrue(Condition condition, Duration within) throws InterruptedException {
    Instant deadline = Instant.now().plus(within);
    while (!condition.holds()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("not so within " + within.toSeconds() + " s");
      }
      Thread.sleep(50);
    }
  }

  private interface Condition {
    boolean holds();
  }

  private static void run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).inheritIO().start();
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new AssertionError("failed: " + String.join(" ", command));
    }
  }
}
