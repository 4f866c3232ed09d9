package io.github.qbanklint.core.config;

import io.github.qbanklint.core.api.Settings;
import io.github.qbanklint.core.bank.BankConventions;
import io.github.qbanklint.core.document.DocumentLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The effective configuration: file selection, bank conventions, per-rule settings and the project
 * settings, with defaults filled in.
 *
 * @param source the config file it came from, if any
 * @param cache whether checks may reuse the results of earlier runs ({@code cache: false} turns it
 *     off)
 */
public record Config(
    Optional<Path> source,
    List<String> include,
    List<String> exclude,
    long maxFileBytes,
    BankConventions conventions,
    Map<String, RuleConfig> rules,
    Settings settings,
    boolean cache) {

  public static final List<String> DEFAULT_INCLUDE = List.of("**/*.md", "**/*.markdown");
  public static final List<String> ALWAYS_SKIPPED = List.of(".git", "node_modules", "target");

  /**
   * Files larger than this are reported instead of linted: 4 MiB, the largest round size at which
   * each worst-shaped file of {@code bench/limits.sh} lints in under 10 s and 1 GB with -Xmx1g on
   * the 2-core reference machine (bench/README.md, "Memory and time at the file-size limit").
   */
  public static final long DEFAULT_MAX_FILE_BYTES = 4L * 1024 * 1024;

  public Config {
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    rules = Map.copyOf(rules);
  }

  /** A configuration with the result cache on. */
  public Config(
      Optional<Path> source,
      List<String> include,
      List<String> exclude,
      long maxFileBytes,
      BankConventions conventions,
      Map<String, RuleConfig> rules,
      Settings settings) {
    this(source, include, exclude, maxFileBytes, conventions, rules, settings, true);
  }

  public static Config defaults() {
    return new Config(
        Optional.empty(),
        DEFAULT_INCLUDE,
        List.of(),
        DEFAULT_MAX_FILE_BYTES,
        BankConventions.defaults(),
        Map.of(),
        Settings.defaults());
  }

  static Config from(Path source, ConfigFile file) {
    ConfigFile d = ConfigFile.DEFAULTS;
    return new Config(
        Optional.of(source),
        or(file.include(), d.include()),
        or(file.exclude(), d.exclude()),
        or(file.maxFileBytes(), d.maxFileBytes()),
        or(file.conventions(), d.conventions()).toConventions(),
        or(file.rules(), d.rules()),
        new Settings(
            or(file.math(), d.math()),
            or(file.links(), d.links()),
            or(file.prose(), d.prose()),
            or(file.maxInlineChars(), d.maxInlineChars()),
            Optional.ofNullable(source.toAbsolutePath().getParent())),
        or(file.cache(), d.cache()));
  }

  private static <T> T or(T value, T fallback) {
    return value != null ? value : fallback;
  }

  /** Reads files as this configuration says: its size limit and inline limit. */
  public DocumentLoader documentLoader() {
    return new DocumentLoader(maxFileBytes, settings.maxInlineChars());
  }

  /** The same configuration with other project settings, for command-line overrides. */
  public Config withSettings(Settings newSettings) {
    return new Config(
        source, include, exclude, maxFileBytes, conventions, rules, newSettings, cache);
  }

  /** The same configuration with other include and exclude globs, for plugin and CLI overrides. */
  public Config withFiles(List<String> newInclude, List<String> newExclude) {
    return new Config(
        source, newInclude, newExclude, maxFileBytes, conventions, rules, settings, cache);
  }
}
