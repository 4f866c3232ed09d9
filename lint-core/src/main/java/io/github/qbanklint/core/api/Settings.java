package io.github.qbanklint.core.api;

import io.github.qbanklint.core.document.MarkdownParser;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Project settings that are not options of one rule.
 *
 * @param maxInlineChars the most characters of inline content one paragraph, heading or table cell
 *     may have and still be parsed for emphasis, links, code spans and math; a longer one is kept
 *     as plain text and reported by {@code too-long-to-check}
 * @param configDirectory the directory of the config file in use, when there is one; relative paths
 *     in the config resolve against it
 */
public record Settings(
    MathSettings math,
    LinkSettings links,
    ProseSettings prose,
    int maxInlineChars,
    Optional<Path> configDirectory) {

  public Settings withLinks(LinkSettings newLinks) {
    return new Settings(math, newLinks, prose, maxInlineChars, configDirectory);
  }

  public static Settings defaults() {
    return new Settings(
        MathSettings.defaults(),
        LinkSettings.defaults(),
        ProseSettings.defaults(),
        MarkdownParser.DEFAULT_MAX_INLINE_CHARS,
        Optional.empty());
  }
}
