package io.github.qbanklint.core.engine;

import io.github.qbanklint.core.cache.BuildFingerprint;
import io.github.qbanklint.core.cache.CacheOptions;
import io.github.qbanklint.core.cache.ConfigFingerprint;
import io.github.qbanklint.core.cache.FileStamp;
import io.github.qbanklint.core.cache.ResultCache;
import io.github.qbanklint.core.config.Config;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The result cache as one check run uses it. Only the document phase is cached: what a document's
 * rules find depends on its path, its bytes, the configuration and the build, nothing else. Checks
 * that look at other files (links and anchors across files, images, duplicate questions, files out
 * of the workspace) are workspace rules, run every time from the summaries, cached or fresh.
 */
final class RunCache {
  private final ResultCache cache;
  private final Path root;
  private final CacheOptions options;

  private RunCache(ResultCache cache, Path root, CacheOptions options) {
    this.cache = cache;
    this.root = root;
    this.options = options;
  }

  static Optional<RunCache> open(
      CacheOptions options,
      Path root,
      Config config,
      List<ConfiguredRule> rules,
      Set<String> ruleIds) {
    if (!options.enabled() || !config.cache()) {
      return Optional.empty();
    }
    return ResultCache.open(
            options.location(root),
            root,
            build(rules),
            context(config, rules, ruleIds),
            options.trackedByGit(),
            options.notes())
        .map(c -> new RunCache(c, root, options));
  }

  /** The code of the engine and of every rule, and the Java runtime (its Unicode tables). */
  private static String build(List<ConfiguredRule> rules) {
    List<Class<?>> classes = new ArrayList<>();
    classes.add(LintEngine.class);
    rules.forEach(r -> classes.add(r.rule().getClass()));
    return BuildFingerprint.of(classes)
        + " java "
        + System.getProperty("java.vendor")
        + " "
        + Runtime.version();
  }

  /**
   * The effective configuration: settings, each rule's severity and options, accepted words, and
   * every known rule id (a suppression comment naming an unknown one is a finding).
   */
  private static String context(Config config, List<ConfiguredRule> rules, Set<String> ruleIds) {
    List<Object> parts = new ArrayList<>();
    parts.add(
        new Config(
            config.source(),
            config.include(),
            config.exclude(),
            config.maxFileBytes(),
            config.conventions(),
            Map.of(),
            config.settings(),
            config.cache()));
    for (ConfiguredRule rule : rules) {
      parts.add(List.of(rule.id(), rule.severity(), rule.options().values()));
    }
    parts.add(ruleIds);
    parts.add(acceptedWords(config));
    parts.add(Locale.getDefault().toLanguageTag());
    return ConfigFingerprint.of(parts);
  }

  private static Object acceptedWords(Config config) {
    String name = config.settings().prose().acceptedWordsFile();
    if (name == null) {
      return "none";
    }
    Path file = config.settings().configDirectory().orElse(Path.of("")).resolve(name);
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      return "unreadable";
    }
  }

  /**
   * The outcome of a file not written since its result was stored (see {@link FileStamp}); without
   * its findings unless {@code withFindings}.
   */
  Optional<FileOutcome> findUnchanged(String path, byte[] stamp, boolean withFindings) {
    return cache.findUnchanged(path, stamp).flatMap(bytes -> decoded(path, bytes, withFindings));
  }

  byte[] contentHash(byte[] content) {
    return cache.contentHash(content);
  }

  Optional<FileOutcome> find(
      String path, byte[] contentHash, Optional<byte[]> stamp, boolean withFindings) {
    return cache
        .find(path, contentHash, stamp)
        .flatMap(bytes -> decoded(path, bytes, withFindings));
  }

  private Optional<FileOutcome> decoded(String path, byte[] bytes, boolean withFindings) {
    try {
      return Optional.of(OutcomeCodec.decode(path, bytes, withFindings));
    } catch (IOException | RuntimeException e) {
      cache.drop(path); // signed by us, yet unreadable: check the file again
      return Optional.empty();
    }
  }

  void store(String path, byte[] contentHash, Optional<byte[]> stamp, FileOutcome outcome) {
    OutcomeCodec.encode(outcome).ifPresent(bytes -> cache.store(path, contentHash, stamp, bytes));
  }

  /** Saves, dropping the entries of files that no longer exist. */
  void save() {
    options.details().accept(cache.summary());
    cache.save(path -> Files.isRegularFile(root.resolve(path), LinkOption.NOFOLLOW_LINKS));
  }
}
