package io.github.qbanklint.core.docs;

import io.github.qbanklint.core.docs.DocCommands.Block;
import io.github.qbanklint.core.docs.DocCommands.Line;
import io.github.qbanklint.core.docs.DocCommands.Marker;
import io.github.qbanklint.core.docs.DocCommands.ShownOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs the commands of some {@link DocCommands#TOOLS} (the CLI's, or Maven's) that the shell blocks
 * of README.md and docs/**.md show, as pasted, each block in a new workspace with the block's setup
 * steps, and collects what differs from the docs: an exit code other than the expected one (the
 * default, or the page's {@code exit} marker), shown output that a real run does not print (in
 * order, {@code …} standing for any text), a skip marker without a reason, a marker that matches no
 * command. Commands of the other tools are left to their own test.
 */
public final class DocCommandRunner {
  /** Lays out a block's workspace, and the launchers and environment its commands run with. */
  @FunctionalInterface
  public interface Setup {
    void prepare(Path workspace, Path home, Map<String, String> env) throws Exception;
  }

  /** What a run found: commands run, commands skipped with their reasons, problems. */
  public record Outcome(int ran, List<String> skipped, List<String> problems) {}

  private static final int SETUP_FAILED = 97;

  private final Path repository;
  private final Set<String> tools;
  private final IntPredicate expectedExit;
  private final String expectedExitText;
  private final Setup setup;
  private final Path scratch;
  private final List<String> problems = new ArrayList<>();
  private final List<String> skipped = new ArrayList<>();
  private final Set<ShownOutput> compared = new HashSet<>();

  /**
   * @param repository the checkout whose README.md and docs/ are read
   * @param tools the programs whose commands this run checks ({@code mvn}, …)
   * @param expectedExit the exit codes a command without an {@code exit} marker may end with, and
   *     their description for a failure message ({@code "0 or 1"})
   * @param scratch a directory for the workspaces, homes and results
   */
  public DocCommandRunner(
      Path repository,
      Set<String> tools,
      IntPredicate expectedExit,
      String expectedExitText,
      Setup setup,
      Path scratch) {
    this.repository = repository;
    this.tools = tools;
    this.expectedExit = expectedExit;
    this.expectedExitText = expectedExitText;
    this.setup = setup;
    this.scratch = scratch;
  }

  /** Runs every block of the docs that holds a command of this run's tools. */
  public Outcome run() throws Exception {
    List<DocCommands> pages = new ArrayList<>();
    for (Path page : pages()) {
      pages.add(DocCommands.read(page));
    }
    int ran = 0;
    for (DocCommands page : pages) {
      for (Block block : page.blocks()) {
        if (block.lines().stream()
            .anyMatch(l -> l.runBy(tools) && block.marker("skip", l).isEmpty())) {
          ran += run(block, page.outputs());
        } else {
          block.lines().stream()
              .filter(l -> l.runBy(tools))
              .forEach(l -> skipped(block, l, block.marker("skip", l).orElseThrow()));
        }
      }
    }
    for (DocCommands page : pages) {
      page.outputs().stream()
          .filter(o -> !o.lines().isEmpty() && !compared.contains(o))
          .filter(o -> tools.contains(o.command().split("\\s+")[0]))
          .forEach(
              o ->
                  problems.add(
                      "%s:%d: output shown for '%s', which no block runs"
                          .formatted(
                              repository.relativize(o.page()), o.lineNumber(), o.command())));
    }
    return new Outcome(ran, List.copyOf(skipped), List.copyOf(problems));
  }

  private List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(repository.resolve("README.md")));
    try (Stream<Path> docs = Files.walk(repository.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  private void skipped(Block block, Line line, Marker skip) {
    skipped.add(where(block, line) + " (" + skip.reason() + ")");
    if (skip.reason() == null || skip.reason().isBlank()) {
      problems.add(where(block, line) + ": a skip marker needs a reason");
    }
  }

  private int run(Block block, List<ShownOutput> outputs) throws Exception {
    Path workspace = Files.createTempDirectory(scratch, "workspace");
    Path results = Files.createTempDirectory(scratch, "results");
    Path home = Files.createTempDirectory(scratch, "home");
    Map<String, String> env = new HashMap<>();
    setup.prepare(workspace, home, env);
    StringBuilder script = new StringBuilder("set -u\n");
    List<Line> commands = new ArrayList<>();
    List<Marker> used = new ArrayList<>();
    for (Line line : block.lines()) {
      var skip = block.marker("skip", line);
      if (skip.isPresent()) {
        used.add(skip.get());
        if (line.setup() || line.runBy(tools)) {
          skipped(block, line, skip.get());
        }
      } else if (line.runBy(tools)) {
        int n = commands.size();
        commands.add(line);
        script.append(
            "{ %s\n} >'%s/%d.out' 2>'%s/%d.err'; echo $? >'%s/%d.rc'\n"
                .formatted(line.text(), results, n, results, n, results, n));
      } else if (line.setup()) {
        script.append(
            "%s || { echo 'setup step failed: %s' >&2; exit %d; }\n"
                .formatted(line.text(), line.text().replace("'", ""), SETUP_FAILED));
      }
    }
    ProcessBuilder builder =
        new ProcessBuilder("bash", "-c", script.toString())
            .directory(workspace.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.environment().putAll(env);
    Process process = builder.start();
    if (!process.waitFor(600, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      problems.add(where(block) + ": did not finish in 600 s");
      return 0;
    }
    String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.exitValue() == SETUP_FAILED) {
      problems.add(where(block) + ": " + stderr.strip());
    }
    for (int n = 0; n < commands.size(); n++) {
      check(block, commands.get(n), results, n, outputs, used);
    }
    block.markers().stream()
        .filter(m -> !used.contains(m) && !markedForAnotherTool(block, m))
        .forEach(
            m ->
                problems.add(
                    repository.relativize(block.page())
                        + ":"
                        + m.lineNumber()
                        + ": marker matches no command"));
    return commands.size();
  }

  /** A marker for a command of another tool: that tool's test uses it. */
  private boolean markedForAnotherTool(Block block, Marker marker) {
    return block.lines().stream()
        .anyMatch(l -> !l.setup() && !l.runBy(tools) && l.text().startsWith(marker.command()));
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
    boolean exitOk = expected.map(m -> m.exitCode() == exit).orElse(expectedExit.test(exit));
    if (!exitOk) {
      problems.add(
          "%s: exit %d, expected %s; output:%n%s"
              .formatted(
                  where(block, line),
                  exit,
                  expected.map(m -> String.valueOf(m.exitCode())).orElse(expectedExitText),
                  tail(out + err)));
    }
    for (ShownOutput shown : outputs) {
      if (shown.command().equals(line.text())) {
        compared.add(shown);
        String missing = firstLineNotShown(shown.lines(), out + err);
        if (missing != null) {
          problems.add(
              "%s:%d: the output shown for '%s' differs from a real run at: %s%nreal output:%n%s"
                  .formatted(
                      repository.relativize(shown.page()),
                      shown.lineNumber(),
                      line.text(),
                      missing,
                      out + err));
        }
      }
    }
  }

  /** The last lines of a command's output, where a failure says why. */
  private static String tail(String output) {
    List<String> lines = output.strip().lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  /** The first shown line that the real output lacks (after the lines matched before it). */
  public static String firstLineNotShown(List<String> shown, String real) {
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

  private String where(Block block) {
    return repository.relativize(block.page()) + ":" + block.lineNumber();
  }

  private String where(Block block, Line line) {
    return repository.relativize(block.page()) + ":" + line.lineNumber() + " '" + line.text() + "'";
  }
}
