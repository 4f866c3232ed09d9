package io.github.qbanklint.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Shares of CPU samples and of sampled allocation per phase of a run, from a JFR recording of the
 * CLI: {@code java -cp qbank-lint-bench.jar io.github.qbanklint.bench.JfrPhasesMain rec.jfr}.
 *
 * <p>A sample belongs to the phase of its innermost qbank-lint frame, so that what a rule asks of
 * the shared document queries or the bank model counts for those, not for the rule that asked
 * first; a rule's own work counts for its family (and its class), and a workspace rule's for the
 * workspace. Samples with no qbank-lint frame are start-up and the JDK (class loading, picocli).
 */
public final class JfrPhasesMain {
  private static final String CORE = "io.github.qbanklint.core.";
  private static final String RULES = "io.github.qbanklint.rules.";
  private static final String CLI = "io.github.qbanklint.cli.";

  private JfrPhasesMain() {}

  public static void main(String[] args) throws IOException {
    Map<String, Long> cpu = new HashMap<>();
    Map<String, Long> allocation = new HashMap<>();
    Map<String, Long> ruleCpu = new HashMap<>();
    String drill = args.length > 1 ? args[1] : null;
    Map<String, Long> drillTop = new HashMap<>();
    Map<String, Long> drillOwn = new HashMap<>();
    Duration gc = Duration.ZERO;
    int collections = 0;
    long cpuTotal = 0;
    long walking = 0;
    Map<String, Long> walkingIn = new HashMap<>();
    long allocationTotal = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
      String type = event.getEventType().getName();
      switch (type) {
        case "jdk.ExecutionSample" -> {
          String phase = phase(event.getStackTrace());
          cpu.merge(phase, 1L, Long::sum);
          if (phase.equals(drill)) {
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            drillTop.merge(name(frames.get(0)), 1L, Long::sum);
            frames.stream()
                .map(JfrPhasesMain::name)
                .filter(n -> n.startsWith("io.github.qbanklint."))
                .findFirst()
                .ifPresent(n -> drillOwn.merge(n, 1L, Long::sum));
          }
          ruleCpu.merge(ruleClass(event.getStackTrace()), 1L, Long::sum);
          cpuTotal++;
          if (isWalk(event.getStackTrace())) {
            walking++;
            walkingIn.merge(walker(event.getStackTrace()), 1L, Long::sum);
          }
        }
        case "jdk.ObjectAllocationSample" -> {
          long weight = event.getLong("weight");
          allocation.merge(phase(event.getStackTrace()), weight, Long::sum);
          allocationTotal += weight;
        }
        case "jdk.GarbageCollection" -> {
          gc = gc.plus(event.getDuration());
          collections++;
        }
        default -> {}
      }
    }
    System.out.printf(
        "%-36s %8s %7s %10s %7s%n", "phase", "samples", "cpu %", "alloc MB", "alloc %");
    List<String> phases =
        cpu.keySet().stream().sorted((a, b) -> Long.compare(cpu.get(b), cpu.get(a))).toList();
    for (String phase : phases) {
      long a = allocation.getOrDefault(phase, 0L);
      System.out.printf(
          "%-36s %8d %6.1f%% %10.0f %6.1f%%%n",
          phase,
          cpu.get(phase),
          100.0 * cpu.get(phase) / cpuTotal,
          a / 1e6,
          100.0 * a / Math.max(1, allocationTotal));
    }
    System.out.printf(
        "total %d samples, %.0f MB sampled allocation; %d collections, %d ms of pauses%n",
        cpuTotal, allocationTotal / 1e6, collections, gc.toMillis());
    long samples = cpuTotal;
    System.out.printf(
        "walking trees (the sampled frame is visitor dispatch or a node walk): %.1f%%%n",
        100.0 * walking / samples);
    printTop("walks by the innermost qbank-lint frame:", walkingIn, samples);
    System.out.println("\nrule classes with their own frames on the stack (any depth):");
    ruleCpu.entrySet().stream()
        .filter(e -> !e.getKey().isEmpty())
        .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
        .limit(25)
        .forEach(
            e ->
                System.out.printf("  %-50s %6.1f%%%n", e.getKey(), 100.0 * e.getValue() / samples));
    if (drill != null) {
      printTop("\n" + drill + ": top frames", drillTop, samples);
      printTop("\n" + drill + ": innermost qbank-lint frames", drillOwn, samples);
    }
  }

  private static void printTop(String title, Map<String, Long> counts, long total) {
    System.out.println(title);
    counts.entrySet().stream()
        .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
        .limit(30)
        .forEach(
            e -> System.out.printf("  %-90s %6.1f%%%n", e.getKey(), 100.0 * e.getValue() / total));
  }

  /** The phase of the innermost qbank-lint frame; workspace rules apart. */
  private static String phase(RecordedStackTrace stack) {
    if (stack == null) {
      return "(no stack)";
    }
    List<RecordedFrame> frames = stack.getFrames();
    boolean workspace = frames.stream().anyMatch(f -> name(f).endsWith(".checkWorkspace"));
    for (RecordedFrame frame : frames) {
      String name = name(frame);
      if (name.startsWith(RULES)) {
        String family = name.substring(RULES.length(), name.indexOf('.', RULES.length()));
        return (workspace ? "workspace rules: " : "rules: ") + family;
      }
      if (name.startsWith(CORE)) {
        return corePhase(name.substring(CORE.length()), workspace);
      }
      if (name.startsWith(CLI)) {
        return "cli (options, output)";
      }
    }
    return "start-up, JDK, picocli (no qbank-lint frame)";
  }

  private static String corePhase(String name, boolean workspace) {
    if (name.startsWith("report.")) {
      return "report";
    }
    if (workspace) {
      return "workspace rules: core queries";
    }
    if (name.startsWith("document.MarkdownParser")
        || name.startsWith("document.LengthGuardedInlineParser")
        || name.startsWith("document.PrefilteredAutolinks")
        || name.startsWith("document.Unparsed")) {
      return "parse (commonmark)";
    }
    if (name.startsWith("document.DocumentLoader")
        || name.startsWith("document.StrictUtf8")
        || name.startsWith("document.ByteOrderMarks")
        || name.startsWith("document.SourceFacts")
        || name.startsWith("engine.DiskSource")
        || name.startsWith("engine.FileCollector")) {
      return "read, decode";
    }
    if (name.startsWith("document.LineIndex")) {
      return "line index";
    }
    if (name.startsWith("document.") || name.startsWith("anchors.")) {
      return "document queries (headings, links, anchors)";
    }
    if (name.startsWith("bank.")) {
      return "bank model";
    }
    if (name.startsWith("engine.SummaryBuilder")) {
      return "workspace summary";
    }
    if (name.startsWith("engine.")) {
      return "engine (suppressions, bookkeeping)";
    }
    if (name.startsWith("config.")) {
      return "config";
    }
    return "core: " + name.substring(0, name.indexOf('.'));
  }

  /** The outermost rule class on the stack (the rule the engine called), or "". */
  private static String ruleClass(RecordedStackTrace stack) {
    if (stack == null) {
      return "";
    }
    List<RecordedFrame> frames = stack.getFrames();
    for (int i = frames.size() - 1; i >= 0; i--) {
      String name = name(frames.get(i));
      if (name.startsWith(RULES)) {
        return name.substring(RULES.length(), name.lastIndexOf('.'));
      }
    }
    return "";
  }

  private static String walker(RecordedStackTrace stack) {
    return stack.getFrames().stream()
        .map(JfrPhasesMain::name)
        .filter(n -> n.startsWith("io.github.qbanklint."))
        .findFirst()
        .map(n -> n.substring(0, n.lastIndexOf('.')))
        .orElse("(none)");
  }

  /** Whether the sampled frame only moves through a commonmark tree. */
  private static boolean isWalk(RecordedStackTrace stack) {
    if (stack == null || stack.getFrames().isEmpty()) {
      return false;
    }
    String top = name(stack.getFrames().get(0));
    return top.startsWith("org.commonmark.node.AbstractVisitor.")
        || top.startsWith("org.commonmark.node.") && top.endsWith(".accept")
        || top.startsWith("org.commonmark.node.Node.get")
        || top.contains(".NodeWalk.")
        || top.contains(".NodeIndex$Walk.")
        || top.endsWith(".visitChildren");
  }

  private static String name(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }
}
