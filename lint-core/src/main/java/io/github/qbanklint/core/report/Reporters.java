package io.github.qbanklint.core.report;

import java.util.List;
import java.util.Optional;

/** The built-in reporters, by format name. */
public final class Reporters {
  private static final List<Reporter> ALL =
      List.of(
          new TextReporter(),
          new JsonReporter(),
          new SarifReporter(),
          new JunitReporter(),
          new CheckstyleReporter(),
          new GithubReporter(),
          new MarkdownReporter());

  private Reporters() {}

  public static List<Reporter> all() {
    return ALL;
  }

  public static Optional<Reporter> byFormat(String format) {
    return ALL.stream().filter(r -> r.format().equals(format)).findFirst();
  }

  public static List<String> formats() {
    return ALL.stream().map(Reporter::format).toList();
  }
}
