package io.github.qbanklint.core.report;

import io.github.qbanklint.core.api.RuleMeta;
import java.nio.file.Path;
import java.util.List;

/**
 * What a reporter needs besides the findings.
 *
 * @param workingDirectory paths are shown relative to it when below it, else absolute
 * @param color whether ANSI colours may be used
 * @param rules metadata of every known rule (for SARIF rule entries, docs links)
 * @param verbose whether to include stack traces of failed rules
 * @param linkBase the directory that links in the report are relative to: where the report file is
 *     written, or the working directory for standard output
 */
public record ReportContext(
    Path workingDirectory, boolean color, List<RuleMeta> rules, boolean verbose, Path linkBase) {

  public ReportContext(
      Path workingDirectory, boolean color, List<RuleMeta> rules, boolean verbose) {
    this(workingDirectory, color, rules, verbose, workingDirectory);
  }

  /** The same context for a report file written into {@code directory}. */
  public ReportContext linkingFrom(Path directory) {
    return new ReportContext(workingDirectory, color, rules, verbose, directory);
  }

  /** How a finding path (relative to {@code root}) is shown to the user. */
  public String displayPath(Path root, String path) {
    Path abs = root.resolve(path).toAbsolutePath().normalize();
    Path cwd = workingDirectory.toAbsolutePath().normalize();
    return abs.startsWith(cwd) ? cwd.relativize(abs).toString().replace('\\', '/') : abs.toString();
  }

  /** A link from the report to a file (relative to {@code root}), {@code ..} where needed. */
  public String linkPath(Path root, String path) {
    Path abs = root.resolve(path).toAbsolutePath().normalize();
    Path base = linkBase.toAbsolutePath().normalize();
    return abs.getRoot() != null && abs.getRoot().equals(base.getRoot())
        ? base.relativize(abs).toString().replace('\\', '/')
        : abs.toString();
  }
}
