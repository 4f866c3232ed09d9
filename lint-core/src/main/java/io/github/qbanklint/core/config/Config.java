package io.github.qbanklint.core.config;

import io.github.qbanklint.core.api.LinkSettings;
import io.github.qbanklint.core.api.MathSettings;
import io.github.qbanklint.core.api.ProseSettings;
import io.github.qbanklint.core.api.Settings;
import io.github.qbanklint.core.bank.BankConventions;
import io.github.qbanklint.core.document.DocumentLoader;
import io.github.qbanklint.core.document.MarkdownParser;
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
    return new Config(
        Optional.of(source),
        file.include() != null ? file.include() : DEFAULT_INCLUDE,
        file.exclude() != null ? file.exclude() : List.of(),
        file.maxFileBytes() != null ? file.maxFileBytes() : DEFAULT_MAX_FILE_BYTES,
        file.conventions() != null
            ? file.conventions().toConventions()
            : BankConventions.defaults(),
        file.rules() != null ? file.rules() : Map.of(),
        new Settings(
            file.math() != null ? file.math() : MathSettings.defaults(),
            file.links() != null ? file.links() : LinkSettings.defaults(),
            file.prose() != null ? file.prose() : ProseSettings.defaults(),
            file.maxInlineChars() != null
                ? file.maxInlineChars()
                : MarkdownParser.DEFAULT_MAX_INLINE_CHARS,
            Optional.ofNullable(source.toAbsolutePath().getParent())),
        file.cache() == null || file.cache());
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
