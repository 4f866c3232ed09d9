package io.github.qbanklint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import java.util.Optional;
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

  /**
   * On Java 25 and later the archive is the JDK's AOT cache, made by a recording run and a creating
   * run: the launcher is killed while each of them runs (made to wait on the FIFO by a {@code java}
   * that adds the log option for that step only).
   */
  @ParameterizedTest
  @EnumSource(Signal.class)
  void killingTheLauncherWhileItMakesTheAotCacheStopsThatJvm(Signal signal) throws Exception {
    assumeDeliverable(signal);
    Optional<Path> java25 = Java25.home();
    assumeTrue(java25.isPresent(), Java25.WHY_SKIPPED);
    for (String mode : List.of("record", "create")) {
      Path jdk = jdkWaitingOn(java25.get(), "-XX:AOTMode=" + mode);
      Process launcher = start(Map.of("JAVA_HOME", jdk.toString()), "--version");
      List<ProcessHandle> children =
          awaitChild(
              launcher,
              p ->
                  List.of(p.info().arguments().orElse(new String[0]))
                      .contains("-XX:AOTMode=" + mode));

      kill(launcher.pid(), signal);

      assertKilledBy(launcher, signal, children);
      assertThat(filesIn(repo.resolve("cli/target")))
          .as("no AOT cache, whole or partial, is left behind (" + mode + ")")
          .containsExactly("qbank-lint.jar");
    }
  }

  /** A JDK whose {@code java} opens the FIFO as it starts when given {@code option}. */
  private Path jdkWaitingOn(Path javaHome, String option) throws IOException {
    Path home = Files.createDirectories(repo.resolve("jdk-" + option.replaceAll("\\W", "")));
    Files.copy(javaHome.resolve("release"), home.resolve("release"));
    Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
    Files.writeString(
        java,
        "#!/bin/sh\nfor a in \"$@\"; do [ \"$a\" = '"
            + option
            + "' ] && exec '"
            + javaHome.resolve("bin/java")
            + "' '"
            + logToFifo()
            + "' \"$@\"; done\nexec '"
            + javaHome.resolve("bin/java")
            + "' \"$@\"\n");
    assertThat(java.toFile().setExecutable(true)).isTrue();
    return home;
  }

  private static List<String> filesIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).toList();
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
    return awaitChild(launcher, p -> p.info().command().orElse("").endsWith("java"));
  }

  /** The launcher's descendants once one of them is {@code wanted}. */
  private List<ProcessHandle> awaitChild(Process launcher, Predicate<ProcessHandle> wanted)
      throws InterruptedException {
    awaitTrue(() -> launcher.descendants().anyMatch(wanted), STARTS_WITHIN);
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
