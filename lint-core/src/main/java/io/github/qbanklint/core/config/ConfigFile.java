package io.github.qbanklint.core.config;

import io.github.qbanklint.core.api.LinkSettings;
import io.github.qbanklint.core.api.MathSettings;
import io.github.qbanklint.core.api.ProseSettings;
import java.util.List;
import java.util.Map;

/** The shape of {@code .qbank-lint.yml} as written; every key is optional. */
record ConfigFile(
    List<String> include,
    List<String> exclude,
    Long maxFileBytes,
    Integer maxInlineChars,
    ConventionsConfig conventions,
    Map<String, RuleConfig> rules,
    MathSettings math,
    LinkSettings links,
    ProseSettings prose) {

  /** An empty file, or one holding only {@code ~}: every default. */
  static final ConfigFile EMPTY =
      new ConfigFile(null, null, null, null, null, null, null, null, null);

  ConfigFile {
    if (maxFileBytes != null && maxFileBytes < 1) {
      throw new IllegalArgumentException(
          "maxFileBytes must be at least 1 (bytes), not " + maxFileBytes);
    }
  }
}
