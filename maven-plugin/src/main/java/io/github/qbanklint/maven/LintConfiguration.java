package io.github.qbanklint.maven;

import io.github.qbanklint.core.api.LinkSettings;
import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.config.ConfigLoader;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.logging.Log;

/**
 * The configuration a module is linted with: the config file (given, or discovered upward from the
 * module as the CLI does), overridden by the plugin parameters that are set.
 */
final class LintConfiguration {
  private LintConfiguration() {}

  /**
   * Loads and overrides the configuration.
   *
   * @param includes replaces the config file's include globs when not empty
   * @param excludes replaces the config file's exclude globs when not empty
   * @param remote switches remote link checks on or off when set
   * @param offline Maven runs offline: remote link checks are always off
   * @param allowPrivate allows or forbids requests to private addresses when set
   * @throws io.github.qbanklint.core.config.ConfigException for a broken config file
   */
  static Config load(
      Path basedir,
      Optional<File> configFile,
      List<String> includes,
      List<String> excludes,
      SourceSelection sources,
      Optional<Boolean> remote,
      boolean offline,
      Optional<Boolean> allowPrivate,
      Log log) {
    Config config =
        configFile
            .map(f -> ConfigLoader.load(basedir.resolve(f.toPath())))
            .orElseGet(() -> ConfigLoader.loadFor(basedir));
    config.source().ifPresent(source -> log.debug("qbank-lint config: " + source));
    List<String> exclude = new ArrayList<>(excludes.isEmpty() ? config.exclude() : excludes);
    exclude.addAll(sources.moduleExcludes());
    config = config.withFiles(includes.isEmpty() ? config.include() : includes, exclude);

    boolean remoteWanted = remote.orElse(config.settings().links().remote());
    if (remoteWanted && offline) {
      log.info("Maven is offline: remote link checks are off.");
    }
    boolean remoteOn = remoteWanted && !offline;
    LinkSettings links = config.settings().links().withRemote(remoteOn);
    links = links.withAllowPrivate(allowPrivate.orElse(links.allowPrivate()));
    return config.withSettings(config.settings().withLinks(links));
  }
}
