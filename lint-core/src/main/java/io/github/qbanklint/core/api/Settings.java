package io.github.qbanklint.core.api;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Project settings that are not options of one rule.
 *
 * @param configDirectory the directory of the config file in use, when there is one; relative paths
 *     in the config resolve against it
 */
public record Settings(
    MathSettings math, LinkSettings links, ProseSettings prose, Optional<Path> configDirectory) {

  public Settings withLinks(LinkSettings newLinks) {
    return new Settings(math, newLinks, prose, configDirectory);
  }

  public static Settings defaults() {
    return new Settings(
        MathSettings.defaults(),
        LinkSettings.defaults(),
        ProseSettings.defaults(),
        Optional.empty());
  }
}
