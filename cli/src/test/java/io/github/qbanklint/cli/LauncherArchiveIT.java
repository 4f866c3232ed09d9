package io.github.qbanklint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's start-up archive: the JDK's AOT cache on Java 25 and later, an AppCDS archive
 * before, made once per build next to the jar, never a word on standard output, and no harm when it
 * cannot be made or used. The launcher is copied into a repository of its own with the CLI jar
 * linked in; its training run is then {@code --help} (that repository has no example bank).
 */
@EnabledOnOs(OS.LINUX)
class LauncherArchiveIT {
  private static final Path LAUNCHER = Path.of("..", "qbank-lint").toAbsolutePath().normalize();
  private static final String PREPARING_AOT =
      "qbank-lint: preparing an AOT cache for fast starts (once per build) ...";
  // Uncached, so that every run lints and says the same (this is about the JVM's archives).
  private static final String[] CHECK = {
    "check", CliRunner.EXAMPLE_BANK.toString(), "--format", "json", "--no-cache"
  };

  @TempDir Path repo;
  @TempDir Path tmp;
  private Path target;

  record Run(int exitCode, String stdout, String stderr) {}

  @BeforeEach
  void launcherInARepositoryOfItsOwn() throws IOException {
    Files.copy(LAUNCHER, repo.resolve("qbank-lint"), StandardCopyOption.COPY_ATTRIBUTES);
    target = Files.createDirectories(repo.resolve("cli/target"));
    Files.createSymbolicLink(target.resolve("qbank-lint.jar"), CliRunner.JAR);
  }

  @Test
  void java25MakesAnAotCacheOnceAndPrintsNothingMoreThanWithout() throws Exception {
    Path java25 = requireJava25();
    Run plain = withoutArchive(java25);

    Run first = launch(Map.of("JAVA_HOME", java25.toString()), CHECK);
    Run second = launch(Map.of("JAVA_HOME", java25.toString()), CHECK);

    assertThat(first.stdout()).isEqualTo(plain.stdout());
    assertThat(first.exitCode()).isEqualTo(plain.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(first.stderr()).isEqualTo(PREPARING_AOT + "\n");
    assertThat(second).isEqualTo(new Run(plain.exitCode(), plain.stdout(), ""));
    Path cache = theOnlyArchive(".aot");
    assertThat(loadsStrictly(java25, cache)).as("the JVM can map the cache it made").isTrue();
  }

  @Test
  void theAotCacheHoldsTheCommandLineParser() throws Exception {
    Path java25 = requireJava25();
    launch(Map.of("JAVA_HOME", java25.toString()), "--version");

    assertThat(classLoadLog(java25, theOnlyArchive(".aot")))
        .as("picocli's classes come from the cache, not from the jar")
        .contains("picocli.CommandLine source: shared objects file")
        .doesNotContain("picocli.CommandLine$Model$CommandSpec source: file:");
  }

  @Test
  void picocliIsInTheJarAsJava17ClassFiles() throws IOException {
    try (java.util.jar.JarFile jar = new java.util.jar.JarFile(CliRunner.JAR.toFile())) {
      for (String name : List.of("picocli/CommandLine.class", "picocli/CommandLine$Model.class")) {
        byte[] header = jar.getInputStream(jar.getEntry(name)).readNBytes(8);
        int major = ((header[6] & 0xff) << 8) | (header[7] & 0xff);
        assertThat(major).as("class file version of " + name).isEqualTo(61);
      }
    }
  }

  @Test
  void aCorruptAotCacheIsSkippedInSilence() throws Exception {
    Path java25 = requireJava25();
    Run plain = withoutArchive(java25);
    launch(Map.of("JAVA_HOME", java25.toString()), "--version");
    Path cache = theOnlyArchive(".aot");
    byte[] bytes = Files.readAllBytes(cache);
    Files.write(cache, java.util.Arrays.copyOf(bytes, bytes.length / 2));

    Run run = launch(Map.of("JAVA_HOME", java25.toString()), CHECK);

    assertThat(run).isEqualTo(new Run(plain.exitCode(), plain.stdout(), ""));
  }

  @Test
  void aFailedAotCacheCreationFallsBackToNoArchive() throws Exception {
    Path java25 = requireJava25();
    Run plain = withoutArchive(java25);
    Path failing = jdkFailingOn(java25, "-XX:AOTMode=create");

    Run quiet = launch(Map.of("JAVA_HOME", failing.toString()), CHECK);
    Run verbose = launch(Map.of("JAVA_HOME", failing.toString()), withVerbose(CHECK));

    assertThat(quiet).isEqualTo(new Run(plain.exitCode(), plain.stdout(), PREPARING_AOT + "\n"));
    assertThat(verbose.stdout()).isEqualTo(plain.stdout());
    assertThat(verbose.stderr().lines())
        .containsExactly(
            PREPARING_AOT,
            "qbank-lint: an AOT cache could not be made with "
                + failing.resolve("bin/java")
                + "; running without it");
    assertThat(filesIn(target)).containsExactly("qbank-lint.jar");
  }

  @Test
  void firstRunsAtOnceLeaveOneWholeAotCache() throws Exception {
    Path java25 = requireJava25();
    Run plain = withoutArchive(java25);
    List<Process> launchers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      launchers.add(start(Map.of("JAVA_HOME", java25.toString()), "out" + i, CHECK));
    }
    for (int i = 0; i < launchers.size(); i++) {
      Run run = finish(launchers.get(i), "out" + i);
      assertThat(run.stdout()).isEqualTo(plain.stdout());
      assertThat(run.exitCode()).isEqualTo(plain.exitCode());
    }
    Path cache = theOnlyArchive(".aot");
    assertThat(loadsStrictly(java25, cache)).isTrue();
  }

  @Test
  void javaBefore25MakesAnAppCdsArchive() throws Exception {
    Path java = Path.of(System.getProperty("java.home"));
    assumeTrue(Java25.feature(java) < 25, "the test's own JVM is Java 25 or newer");
    Run plain = launch(Map.of("JAVA_HOME", java.toString(), "QBANK_LINT_JAVA_OPTS", ""), CHECK);

    Run first = launch(Map.of("JAVA_HOME", java.toString()), CHECK);

    assertThat(first.stdout()).isEqualTo(plain.stdout());
    assertThat(first.stderr())
        .isEqualTo(
            "qbank-lint: preparing a class-data archive for fast starts (once per build) ...\n");
    theOnlyArchive(".jsa");
  }

  /** A changed launcher may start the JVM with other flags, which an older archive does not fit. */
  @Test
  void aLauncherNewerThanItsArchiveMakesItAgain() throws Exception {
    Path java = Path.of(System.getProperty("java.home"));
    assumeTrue(Java25.feature(java) < 25, "the test's own JVM is Java 25 or newer");
    launch(Map.of("JAVA_HOME", java.toString()), "--version");
    theOnlyArchive(".jsa");
    Files.setLastModifiedTime(repo.resolve("qbank-lint"), FileTime.from(Instant.now()));

    Run again = launch(Map.of("JAVA_HOME", java.toString()), "--version");

    assertThat(again.stderr())
        .isEqualTo(
            "qbank-lint: preparing a class-data archive for fast starts (once per build) ...\n");
    assertThat(Files.getLastModifiedTime(theOnlyArchive(".jsa")))
        .isGreaterThan(Files.getLastModifiedTime(repo.resolve("qbank-lint")));
  }

  /** QBANK_LINT_JAVA_OPTS is split at spaces, never expanded against the files in the cwd. */
  @Test
  void javaOptionsAreNotMatchedAgainstFileNames() throws Exception {
    Files.createFile(repo.resolve("-XX:+UnknownOptionNamedByAFile"));

    Run run = launch(Map.of("QBANK_LINT_JAVA_OPTS", "-XX:+UnknownOptionNamedByAFil?"), "--version");

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.stderr())
        .contains("UnknownOptionNamedByAFil?")
        .doesNotContain("UnknownOptionNamedByAFile");
  }

  private static Path requireJava25() {
    return Java25.home()
        .orElseGet(
            () -> {
              assumeTrue(false, Java25.WHY_SKIPPED);
              return null;
            });
  }

  /** The same lint through the launcher with no archive at all. */
  private Run withoutArchive(Path javaHome) throws Exception {
    return launch(
        Map.of("JAVA_HOME", javaHome.toString(), "QBANK_LINT_JAVA_OPTS", "-XX:+UseSerialGC"),
        CHECK);
  }

  /**
   * A JDK that fails when given {@code option}: {@code javaHome}'s release file, and a {@code java}
   * that exits 1 on that option and runs the real one otherwise.
   */
  private Path jdkFailingOn(Path javaHome, String option) throws IOException {
    Path home = Files.createDirectories(tmp.resolve("failing-jdk/bin"));
    Files.copy(javaHome.resolve("release"), home.resolveSibling("release"));
    Path java = home.resolve("java");
    Files.writeString(
        java,
        "#!/bin/sh\nfor a in \"$@\"; do [ \"$a\" = '"
            + option
            + "' ] && exit 1; done\nexec '"
            + javaHome.resolve("bin/java")
            + "' \"$@\"\n");
    assertThat(java.toFile().setExecutable(true)).isTrue();
    return home.getParent();
  }

  private static boolean loadsStrictly(Path javaHome, Path cache) throws Exception {
    Process p = versionWith(javaHome, cache, "-XX:AOTMode=on");
    return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
  }

  /** The JVM's class-loading log of {@code --version} run with {@code cache}. */
  private String classLoadLog(Path javaHome, Path cache) throws Exception {
    Path log = tmp.resolve("class-load.txt");
    Process p = versionWith(javaHome, cache, "-Xlog:class+load:file=" + log);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  /** {@code --version} of the jar beside {@code cache}, started with that AOT cache. */
  private static Process versionWith(Path javaHome, Path cache, String option) throws IOException {
    return new ProcessBuilder(
            javaHome.resolve("bin/java").toString(),
            "-XX:+UseSerialGC",
            "-XX:-CompactStrings", // as the launcher made it: a cache holds one string layout
            option,
            "-XX:AOTCache=" + cache,
            "-jar",
            cache.resolveSibling("qbank-lint.jar").toString(),
            "--version")
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private Path theOnlyArchive(String extension) throws IOException {
    List<String> files = filesIn(target);
    assertThat(files).hasSize(2).contains("qbank-lint.jar");
    String archive = files.stream().filter(f -> !f.equals("qbank-lint.jar")).findFirst().get();
    assertThat(archive).startsWith("qbank-lint-").endsWith(extension);
    return target.resolve(archive);
  }

  private static List<String> filesIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static String[] withVerbose(String[] args) {
    String[] verbose = java.util.Arrays.copyOf(args, args.length + 1);
    verbose[args.length] = "--verbose";
    return verbose;
  }

  private Run launch(Map<String, String> environment, String... args) throws Exception {
    return finish(start(environment, "out", args), "out");
  }

  private Process start(Map<String, String> environment, String name, String... args)
      throws IOException {
    List<String> command = new ArrayList<>(List.of(repo.resolve("qbank-lint").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(repo.toFile())
            .redirectOutput(tmp.resolve(name + ".txt").toFile())
            .redirectError(tmp.resolve(name + ".err").toFile());
    Map<String, String> env = new HashMap<>(environment);
    env.put("TMPDIR", tmp.toString());
    env.put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
    builder.environment().putAll(env);
    if (!environment.containsKey("QBANK_LINT_JAVA_OPTS")) {
      builder.environment().remove("QBANK_LINT_JAVA_OPTS");
    }
    return builder.start();
  }

  private Run finish(Process launcher, String name) throws Exception {
    if (!launcher.waitFor(300, TimeUnit.SECONDS)) {
      launcher.destroyForcibly();
      throw new AssertionError("the launcher did not end within 300 s");
    }
    return new Run(
        launcher.exitValue(),
        Files.readString(tmp.resolve(name + ".txt"), StandardCharsets.UTF_8),
        Files.readString(tmp.resolve(name + ".err"), StandardCharsets.UTF_8));
  }
}
