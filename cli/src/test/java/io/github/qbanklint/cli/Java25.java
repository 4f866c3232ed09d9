package io.github.qbanklint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Java 25 or newer installation for the launcher's AOT-cache path, if this machine has one: the
 * system property {@code qbanklint.java25} (the POM passes the Maven property of that name: {@code
 * -Dqbanklint.java25=/path/to/jdk}), else the environment variable {@code QBANK_LINT_JAVA25}, else
 * the newest JDK of version 25 or later under {@code /usr/lib/jvm} (by the {@code JAVA_VERSION} of
 * its {@code release} file). Tests that need one skip without it.
 */
final class Java25 {
  private static final Path DEFAULT_SEARCH = Path.of("/usr/lib/jvm");
  private static final Pattern VERSION =
      Pattern.compile("^JAVA_VERSION=\"(\\d+)", Pattern.MULTILINE);

  static final String WHY_SKIPPED =
      "no Java 25 or newer: set -Dqbanklint.java25=JDK_HOME or QBANK_LINT_JAVA25, or install one"
          + " under "
          + DEFAULT_SEARCH;

  private Java25() {}

  static Optional<Path> home() {
    String named = System.getProperty("qbanklint.java25", "");
    if (named.isBlank()) {
      named = System.getenv().getOrDefault("QBANK_LINT_JAVA25", "");
    }
    if (!named.isBlank()) {
      Path home = Path.of(named);
      return feature(home) >= 25 ? Optional.of(home) : Optional.empty();
    }
    try (Stream<Path> homes = Files.list(DEFAULT_SEARCH)) {
      List<Path> found =
          homes.filter(h -> feature(h) >= 25 && Files.isExecutable(h.resolve("bin/java"))).toList();
      return found.stream().max(Comparator.comparingInt(Java25::feature));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The feature version of the JDK at {@code home}, 0 when it has no readable release file. */
  static int feature(Path home) {
    try {
      Matcher m = VERSION.matcher(Files.readString(home.resolve("release")));
      return m.find() ? Integer.parseInt(m.group(1)) : 0;
    } catch (IOException e) {
      return 0;
    }
  }
}
