package io.github.qbanklint.rules.math;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What KaTeX 0.19.1 knows (and, for the {@code mathjax} renderer, what MathJax 3.2.2 adds): its
 * control sequences with their argument counts and whether each works in math and in text mode, and
 * its environments. Read once from the tables shipped as resources. The probe columns of {@code
 * katex-commands.tsv} hold KaTeX's verdict on the command alone in math ({@code \name}) and in text
 * ({@code \text{\name}}), and after a caret with arguments ({@code x^\name{a}{b}{c}{d}{e}{f}}).
 */
final class KatexTables {

  /** One control sequence. */
  record Command(
      String name,
      String kinds,
      int args,
      boolean optionalArg,
      String mathProbe,
      String textProbe,
      String scriptProbe) {

    boolean worksIn(boolean textMode) {
      return works(textMode ? textProbe : mathProbe);
    }

    /** Whether KaTeX complains when the command stands alone in this mode for lack of arguments. */
    boolean needsArgument(boolean textMode) {
      String probe = textMode ? textProbe : mathProbe;
      return probe.contains("argument") || probe.startsWith("Invalid size");
    }

    /**
     * Whether KaTeX refuses it, even with its own arguments after it, where it reads a whole atom
     * without braces: after {@code ^} or {@code _}, and as the argument of {@code \sqrt} or {@code
     * \mathop} ({@code x^\frac12} is fine, {@code x^\sum} is not).
     */
    boolean refusedAsBareAtom() {
      return scriptProbe.startsWith("Got function");
    }

    boolean isMacro() {
      return kinds.equals("macro");
    }

    private static boolean works(String probe) {
      return !probe.startsWith("Undefined control sequence")
          && !probe.startsWith("Can't use function")
          && !probe.startsWith("top-level: Undefined");
    }
  }

  /** One environment. */
  record Environment(String name, int args, boolean displayOnly) {}

  private static final KatexTables KATEX = load(false);

  /** Loaded on first use only: most runs never ask for MathJax. */
  private static final class MathJax {
    static final KatexTables TABLES = load(true);
  }

  private final Map<String, Command> commands;
  private final Map<String, Environment> environments;
  private final Set<String> extraCommands;
  private final Set<String> commandNames;

  private KatexTables(
      Map<String, Command> commands,
      Map<String, Environment> environments,
      Set<String> extraCommands) {
    this.commands = commands;
    this.environments = environments;
    this.extraCommands = extraCommands;
    Set<String> names = new HashSet<>(commands.keySet());
    names.addAll(extraCommands);
    this.commandNames = Set.copyOf(names);
  }

  static KatexTables forRenderer(String renderer) {
    return renderer.equalsIgnoreCase("mathjax") ? MathJax.TABLES : KATEX;
  }

  Command command(String name) {
    return commands.get(name);
  }

  /** Known to the renderer in some form, including MathJax-only commands (modes unknown). */
  boolean knows(String name) {
    return commands.containsKey(name) || extraCommands.contains(name);
  }

  boolean isExtra(String name) {
    return extraCommands.contains(name);
  }

  Environment environment(String name) {
    return environments.get(name);
  }

  /** Every command name, for suggestions. */
  Set<String> commandNames() {
    return commandNames;
  }

  Set<String> environmentNames() {
    return environments.keySet();
  }

  private static KatexTables load(boolean mathjax) {
    Map<String, Command> commands = new HashMap<>();
    for (String[] row : rows("katex-commands.tsv")) {
      String arity = row.length > 3 ? row[3] : "";
      int plus = arity.indexOf('+');
      int args =
          arity.isEmpty() ? 0 : Integer.parseInt(plus < 0 ? arity : arity.substring(0, plus));
      commands.put(
          row[0],
          new Command(
              row[0],
              row[1],
              args,
              arity.contains("opt"),
              cell(row, 5),
              cell(row, 6),
              cell(row, 7)));
    }
    Map<String, Environment> environments = new HashMap<>();
    for (String[] row : rows("katex-environments.tsv")) {
      environments.put(
          row[0], new Environment(row[0], Integer.parseInt(row[1]), !cell(row, 2).equals("ok")));
    }
    Set<String> extra = new HashSet<>();
    if (mathjax) {
      rows("mathjax-extra-commands.tsv").forEach(row -> extra.add(row[0]));
      for (String[] row : rows("mathjax-extra-environments.tsv")) {
        environments.put(row[0], new Environment(row[0], 0, false));
      }
    }
    return new KatexTables(Map.copyOf(commands), Map.copyOf(environments), Set.copyOf(extra));
  }

  private static String cell(String[] row, int i) {
    return i < row.length ? row[i] : "";
  }

  private static List<String[]> rows(String resource) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = KatexTables.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isEmpty()) {
          rows.add(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
