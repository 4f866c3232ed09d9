import com.sun.management.OperatingSystemMXBean;
import io.github.qbanklint.cli.Main;
import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * Runs the CLI several times in one JVM and prints each pass's wall and process CPU time: the first
 * pass is what a run costs from a cold JVM, the later ones what the same work costs once the JIT
 * has compiled it, so the difference is the warm-up. From the repository's root, after a build and
 * `bench/bench.sh` (which writes bench/corpus/files-200):
 *
 * <pre>
 * javac -d /tmp/repeated-runs -cp cli/target/qbank-lint.jar bench/RepeatedRuns.java
 * source bench/jvm-runs.sh && cd bench/corpus
 * java "${flags[@]}" -cp ../../cli/target/qbank-lint.jar:/tmp/repeated-runs RepeatedRuns 5 \
 *   check files-200 --no-cache --format json --output /tmp/repeated-runs/report.json
 * </pre>
 */
public final class RepeatedRuns {
  private RepeatedRuns() {}

  public static void main(String[] args) {
    int passes = Integer.parseInt(args[0]);
    String[] cli = Arrays.copyOfRange(args, 1, args.length);
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int pass = 1; pass <= passes; pass++) {
      long wall = System.nanoTime();
      long cpu = os.getProcessCpuTime();
      int exitCode = Main.run(cli);
      System.err.printf(
          "pass %d: %.2f s wall, %.2f s CPU, exit code %d%n",
          pass, (System.nanoTime() - wall) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9, exitCode);
    }
  }
}
