package io.github.qbanklint.maven;

import io.github.qbanklint.core.docs.DocCommandRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the {@code mvn} commands that the shell blocks of README.md and docs/**.md show (the {@code
 * docs-commands} invoker test calls it), and holds the {@code ./mvnw} ones, which build this
 * repository itself, to their skip markers; each runs in a project a user of docs/maven-plugin.md
 * would have: a POM with exactly the {@code <plugin>} block of that page (the one after its {@code
 * consumer-plugin-block} marker) and the example bank as its README.md. {@code mvn} is the Maven
 * running the build, offline, with the plugin under test from the invoker's local repository and
 * everything else from the build's own, which it never writes to. A command must exit 0 unless its
 * page's marker names another code.
 */
public final class DocsMavenCommands {
  private final Path repository;
  private final Path mavenHome;
  private final Path pluginRepository;
  private final Path buildRepository;

  /**
   * @param repository the checkout whose docs are read
   * @param mavenHome the Maven that runs the commands
   * @param pluginRepository the local repository the plugin under test is installed in
   * @param buildRepository a local repository with the rest (read only)
   */
  public DocsMavenCommands(
      Path repository, Path mavenHome, Path pluginRepository, Path buildRepository) {
    this.repository = repository;
    this.mavenHome = mavenHome;
    this.pluginRepository = pluginRepository;
    this.buildRepository = buildRepository;
  }

  /** Runs the commands, with workspaces and results under {@code scratch}. */
  public DocCommandRunner.Outcome run(Path scratch) throws Exception {
    return new DocCommandRunner(
            repository, Set.of("mvn", "./mvnw"), exit -> exit == 0, "0", this::prepare, scratch)
        .run();
  }

  private void prepare(Path workspace, Path home, Map<String, String> env) throws IOException {
    Files.writeString(workspace.resolve("pom.xml"), pom(pluginBlock()));
    Files.copy(
        repository.resolve("examples/interview-bank/README.md"), workspace.resolve("README.md"));
    Path bin = Files.createDirectories(home.resolve("bin"));
    Path settings = Files.writeString(home.resolve("settings.xml"), settingsBlock() + "\n");
    Path mvn = bin.resolve("mvn");
    Files.writeString(
        mvn,
        ("#!/bin/sh\nexec '%s' -o -s '%s' -Dmaven.repo.local='%s' -Dmaven.repo.local.tail='%s'"
                + " \"$@\"\n")
            .formatted(mavenHome.resolve("bin/mvn"), settings, pluginRepository, buildRepository));
    Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    env.put("PATH", bin + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("HOME", home.toString());
    env.put("XDG_CACHE_HOME", home.resolve("cache").toString());
  }

  /**
   * Runs {@code mvn -B qbank-lint:check} where docs/maven-plugin.md says it works with its {@code
   * pluginGroups} settings: in a project whose POM does not name the plugin. The output goes to
   * {@code prefix-only.log} under {@code scratch}.
   *
   * @return Maven's exit code
   */
  public int checkByPrefixAlone(Path scratch) throws Exception {
    Path workspace = Files.createDirectories(scratch.resolve("prefix-only"));
    Path home = Files.createDirectories(scratch.resolve("prefix-only-home"));
    Map<String, String> env = new HashMap<>();
    prepare(workspace, home, env);
    Files.writeString(workspace.resolve("pom.xml"), pom(""));
    ProcessBuilder maven =
        new ProcessBuilder(home.resolve("bin/mvn").toString(), "-B", "qbank-lint:check")
            .directory(workspace.toFile())
            .redirectErrorStream(true)
            .redirectOutput(scratch.resolve("prefix-only.log").toFile());
    maven.environment().putAll(env);
    return maven.start().waitFor();
  }

  /** The first {@code xml} block after the consumer-plugin-block marker of the plugin's page. */
  private String pluginBlock() throws IOException {
    return blockAfter("<!-- consumer-plugin-block");
  }

  /** The settings that the page's section on running a goal without declaring the plugin shows. */
  private String settingsBlock() throws IOException {
    return blockAfter("## Running a goal without declaring the plugin");
  }

  /**
   * The first {@code xml} block of the plugin's page after the line starting with {@code marker}.
   */
  private String blockAfter(String marker) throws IOException {
    List<String> lines = Files.readAllLines(repository.resolve("docs/maven-plugin.md"));
    int open = 0;
    while (!lines.get(open).startsWith(marker)) {
      open++;
    }
    while (!lines.get(open).startsWith("```xml")) {
      open++;
    }
    int close = open + 1;
    while (!lines.get(close).startsWith("```")) {
      close++;
    }
    return String.join("\n", lines.subList(open + 1, close));
  }

  private static String pom(String plugin) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>example</groupId>
          <artifactId>interview-bank</artifactId>
          <version>1.0</version>
          <packaging>pom</packaging>
          <build>
            <plugins>
        %s
            </plugins>
          </build>
        </project>
        """
        .formatted(plugin);
  }
}
