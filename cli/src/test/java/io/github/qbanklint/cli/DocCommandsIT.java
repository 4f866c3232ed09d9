package io.github.qbanklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.cli.DocCommands.Block;
import io.github.qbanklint.cli.DocCommands.Line;
import io.github.qbanklint.cli.DocCommands.Marker;
import io.github.qbanklint.cli.DocCommands.ShownOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code qbank-lint}, {@code ./qbank-lint} and {@code mvn} command in the shell blocks of
 * README.md and docs/**.md runs as pasted, in a git repository holding the example bank (as {@code
 * examples/interview-bank/}, and as {@code interview-bank/} and {@code content/}, the folders the
 * docs name for a user's bank), with the block's other lines as setup. Each must end with 0 or 1
 * (findings), or the exit code its page's marker names; where a page shows a command's output,
 * every line shown must appear in the real output, in order ({@code …} stands for any text). A
 * command that must not run carries a skip marker with its reason; a marker that matches no command
 * fails the test, so markers cannot outlive their commands.
 */
class DocCommandsIT {
  private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

  @TempDir Path dir;

  private final List<String> problems = new ArrayList<>();
  private final List<String> skipped = new ArrayList<>();
  private final Set<ShownOutput> compared = new HashSet<>();

  @Test
  void everyCommandInTheDocsRunsAndShowsWhatTheDocsShow() throws Exception {
    List<DocCommands> pages = new ArrayList<>();
    for (Path page : pages()) {
      pages.add(DocCommands.read(page));
    }
    int ran = 0;
    for (DocCommands page : pages) {
      for (Block block : page.blocks()) {
        if (block.lines().stream().anyMatch(l -> l.tool() && block.marker("skip", l).isEmpty())) {
          ran += run(block, page.outputs());
        }
      }
    }
    for (DocCommands page : pages) {
      page.outputs().stream()
          .filter(o -> !o.lines().isEmpty() && !compared.contains(o))
          .forEach(
              o ->
                  problems.add(
                      "%s:%d: output shown for '%s', which no block runs"
                          .formatted(
                              REPOSITORY.relativize(o.page()), o.lineNumber(), o.command())));
    }
    System.out.printf("docs: %d commands run, skipped: %s%n", ran, skipped);
    assertThat(problems).as("commands in the docs").isEmpty();
    assertThat(ran).as("commands run").isGreaterThan(5);
  }

  private static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(REPOSITORY.resolve("README.md")));
    try (Stream<Path> docs = Files.walk(REPOSITORY.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  private int run(Block block, List<ShownOutput> outputs) throws Exception {
    Path workspace = Files.createTempDirectory(dir, "bank");
    Path results = Files.createTempDirectory(dir, "results");
    Path home = Files.createTempDirectory(dir, "home");
    FixtureWorkspace.create(workspace, REPOSITORY.resolve("examples"));
    StringBuilder script = new StringBuilder("set -u\n");
    List<Line> commands = new ArrayList<>();
    List<Marker> used = new ArrayList<>();
    for (Line line : block.lines()) {
      var skip = block.marker("skip", line);
      if (skip.isPresent()) {
        used.add(skip.get());
        skipped.add(where(block, line) + " (" + skip.get().reason() + ")");
        if (skip.get().reason() == null || skip.get().reason().isBlank()) {
          problems.add(where(block, line) + ": a skip marker needs a reason");
        }
      } else if (line.tool()) {
        int n = commands.size();
        commands.add(line);
        script.append(
            "{ %s\n} >'%s/%d.out' 2>'%s/%d.err'; echo $? >'%s/%d.rc'\n"
                .formatted(line.text(), results, n, results, n, results, n));
      } else {
        script.append(
            "%s || { echo 'setup step failed: %s' >&2; exit 97; }\n"
                .formatted(line.text(), line.text().replace("'", "")));
      }
    }
    Process process = start(workspace, home, script.toString());
    if (!process.waitFor(300, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      problems.add(where(block) + ": did not finish in 300 s");
      return 0;
    }
    String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.exitValue() == 97) {
      problems.add(where(block) + ": " + stderr.strip());
    }
    for (int n = 0; n < commands.size(); n++) {
      check(block, commands.get(n), results, n, outputs, used);
    }
    block.markers().stream()
        .filter(m -> !used.contains(m))
        .forEach(
            m -> problems.add(block.page() + ":" + m.lineNumber() + ": marker matches no command"));
    return commands.size();
  }

  private void check(
      Block block, Line line, Path results, int n, List<ShownOutput> outputs, List<Marker> used)
      throws IOException {
    Path rc = results.resolve(n + ".rc");
    if (!Files.exists(rc)) {
      problems.add(where(block, line) + ": did not run (an earlier step ended the block)");
      return;
    }
    int exit = Integer.parseInt(Files.readString(rc).strip());
    String out = Files.readString(results.resolve(n + ".out"), StandardCharsets.UTF_8);
    String err = Files.readString(results.resolve(n + ".err"), StandardCharsets.UTF_8);
    var expected = block.marker("exit", line);
    expected.ifPresent(used::add);
    boolean exitOk = expected.map(m -> m.exitCode() == exit).orElse(exit == 0 || exit == 1);
    if (!exitOk) {
      problems.add(
          "%s: exit %d, expected %s; stderr: %s"
              .formatted(
                  where(block, line),
                  exit,
                  expected.map(m -> String.valueOf(m.exitCode())).orElse("0 or 1"),
                  err.strip()));
    }
    for (ShownOutput shown : outputs) {
      if (shown.command().equals(line.text())) {
        compared.add(shown);
        block.markers().stream()
            .filter(m -> m.kind().equals("output-of") && m.command().equals(line.text()))
            .forEach(used::add);
        String missing = firstLineNotShown(shown.lines(), out + err);
        if (missing != null) {
          problems.add(
              "%s:%d: the output shown for '%s' differs from a real run at: %s%nreal output:%n%s"
                  .formatted(shown.page(), shown.lineNumber(), line.text(), missing, out + err));
        }
      }
    }
  }

  /** The first shown line that the real output lacks (after the lines matched before it). */
  static String firstLineNotShown(List<String> shown, String real) {
    List<String> lines = real.lines().toList();
    int next = 0;
    for (String expected : shown) {
      if (expected.isBlank()) {
        continue;
      }
      Pattern pattern = wildcard(expected.strip());
      while (next < lines.size() && !pattern.matcher(lines.get(next).strip()).matches()) {
        next++;
      }
      if (next == lines.size()) {
        return expected;
      }
      next++;
    }
    return null;
  }

  private static Pattern wildcard(String line) {
    StringBuilder regex = new StringBuilder();
    for (String part : line.split("…", -1)) {
      if (regex.length() > 0) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(part));
    }
    return Pattern.compile(regex.toString());
  }

  private Process start(Path workspace, Path home, String script) throws IOException {
    Path bin = Files.createDirectories(home.resolve("bin"));
    Path launcher = bin.resolve("qbank-lint");
    Files.writeString(
        launcher,
        "#!/bin/sh\nexec '%s' -jar '%s' \"$@\"\n"
            .formatted(Path.of(System.getProperty("java.home"), "bin", "java"), CliRunner.JAR));
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.copy(launcher, workspace.resolve("qbank-lint"));
    ProcessBuilder builder =
        new ProcessBuilder("bash", "-c", script)
            .directory(workspace.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Map<String, String> env = builder.environment();
    env.put("PATH", bin + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("HOME", home.toString());
    env.put("XDG_CACHE_HOME", home.resolve("cache").toString());
    env.putAll(FixtureWorkspace.gitIdentity());
    return builder.start();
  }

  private static String where(Block block) {
    return REPOSITORY.relativize(block.page()) + ":" + block.lineNumber();
  }

  private static String where(Block block, Line line) {
    return REPOSITORY.relativize(block.page()) + ":" + line.lineNumber() + " '" + line.text() + "'";
  }
}
