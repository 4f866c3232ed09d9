package io.github.qbanklint.core.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shell commands a Markdown page shows, read from its {@code sh}, {@code bash} and {@code
 * console} code blocks, with the page's test markers: HTML comments before a block that say which
 * of its commands must not run and why, which exit code one must end with, or that a later {@code
 * text} block is the output of one of them.
 *
 * <pre>
 * &lt;!-- docs-test skip "git clone": needs the network --&gt;
 * &lt;!-- docs-test exit 2 "qbank-lint missing/" --&gt;
 * &lt;!-- docs-test output-of "./qbank-lint examples/interview-bank" --&gt;
 * </pre>
 */
public final class DocCommands {
  private static final Pattern FENCE = Pattern.compile("^(```+|~~~+)\\s*([\\w-]*).*$");
  private static final Pattern MARKER =
      Pattern.compile(
          "^<!-- docs-test (skip|exit (\\d+)|output-of) \"([^\"]+)\"(?::\\s*(.*?))?\\s*-->$");
  private static final Set<String> SHELL = Set.of("sh", "bash", "console");

  /** The programs whose commands the docs tests check; every other line is a setup step. */
  public static final Set<String> TOOLS = Set.of("qbank-lint", "./qbank-lint", "mvn", "./mvnw");

  /**
   * One line of a shell block: a command of one of the {@link #TOOLS} (checked by that tool's
   * test), or a setup step ({@code tool} empty) that every test runs.
   */
  public record Line(String text, int lineNumber, String tool) {
    /** Whether the line is a command of one of {@code tools}. */
    public boolean runBy(Set<String> tools) {
      return tools.contains(tool);
    }

    public boolean setup() {
      return tool.isEmpty();
    }
  }

  /** A shell block, the commands to leave out with their reasons, and expected exit codes. */
  public record Block(Path page, int lineNumber, List<Line> lines, List<Marker> markers) {
    public Optional<Marker> marker(String kind, Line line) {
      return markers.stream()
          .filter(m -> m.kind().equals(kind) && line.text().startsWith(m.command()))
          .findFirst();
    }
  }

  /** A test marker: its kind ({@code skip}, {@code exit}, {@code output-of}) and arguments. */
  public record Marker(String kind, String command, int exitCode, String reason, int lineNumber) {}

  /** Output a page shows for a command, from a {@code text} block after an output-of marker. */
  public record ShownOutput(Path page, int lineNumber, String command, List<String> lines) {}

  private final List<Block> blocks = new ArrayList<>();
  private final List<ShownOutput> outputs = new ArrayList<>();

  private DocCommands() {}

  public static DocCommands read(Path page) throws IOException {
    DocCommands commands = new DocCommands();
    commands.parse(page, Files.readAllLines(page));
    return commands;
  }

  public List<Block> blocks() {
    return blocks;
  }

  public List<ShownOutput> outputs() {
    return outputs;
  }

  private void parse(Path page, List<String> text) {
    List<Marker> pending = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      String line = text.get(i).strip();
      Matcher marker = MARKER.matcher(line);
      Matcher fence = FENCE.matcher(text.get(i));
      if (marker.matches()) {
        String kind = marker.group(1).startsWith("exit") ? "exit" : marker.group(1);
        int exit = marker.group(2) == null ? -1 : Integer.parseInt(marker.group(2));
        pending.add(new Marker(kind, marker.group(3), exit, marker.group(4), i + 1));
      } else if (fence.matches()) {
        int end = closingFence(text, i, fence.group(1));
        List<String> body = text.subList(i + 1, end);
        int at = i + 1;
        if (SHELL.contains(fence.group(2))) {
          blocks.add(shellBlock(page, at, body, fence.group(2).equals("console"), pending));
        } else {
          pending.stream()
              .filter(m -> m.kind().equals("output-of"))
              .forEach(m -> outputs.add(new ShownOutput(page, at, m.command(), body)));
        }
        pending = new ArrayList<>();
        i = end;
      } else if (!line.isEmpty()) {
        pending.clear();
      }
    }
  }

  private static int closingFence(List<String> text, int open, String fence) {
    for (int j = open + 1; j < text.size(); j++) {
      if (text.get(j).strip().startsWith(fence)) {
        return j;
      }
    }
    return text.size();
  }

  /** A block's commands; in a {@code console} block, the lines after one are its output. */
  private Block shellBlock(
      Path page, int fenceLine, List<String> body, boolean console, List<Marker> markers) {
    List<Line> lines = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    int start = 0;
    for (int j = 0; j < body.size(); j++) {
      String raw = body.get(j);
      if (console && pending.isEmpty() && !raw.startsWith("$ ")) {
        if (!lines.isEmpty()) {
          outputs.get(outputs.size() - 1).lines().add(raw);
        }
        continue;
      }
      if (pending.isEmpty()) {
        start = fenceLine + 1 + j;
      }
      String text = console && pending.isEmpty() ? raw.substring(2) : raw;
      if (text.endsWith("\\")) {
        pending.append(text, 0, text.length() - 1).append(' ');
        continue;
      }
      String command = pending.append(text).toString().strip();
      pending.setLength(0);
      if (!command.isEmpty() && !command.startsWith("#")) {
        String program = command.split("\\s+")[0];
        lines.add(new Line(command, start, TOOLS.contains(program) ? program : ""));
        if (console) {
          outputs.add(new ShownOutput(page, start, command, new ArrayList<>()));
        }
      }
    }
    return new Block(page, fenceLine, lines, List.copyOf(markers));
  }
}
