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
 */
public record ReportContext(
    Path workingDirectory, boolean color, List<RuleMeta> rules, boolean verbose) {

  /** How a finding path (relative to {@code root}) is shown to the user. */
  public String displayPath(Path root, String path) {
    Path abs = root.resolve(path).toAbsolutePath().normalize();
    Path cwd = workingDirectory.toAbsolutePath().normalize();
    return abs.startsWith(cwd) ? cwd.relativize(abs).toString().replace('\\', '/') : abs.toString();
  }
}
