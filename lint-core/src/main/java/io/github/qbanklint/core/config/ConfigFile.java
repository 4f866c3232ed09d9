package io.github.qbanklint.core.config;

import io.github.qbanklint.core.api.ConfigKey;
import io.github.qbanklint.core.api.LinkSettings;
import io.github.qbanklint.core.api.MathSettings;
import io.github.qbanklint.core.api.ProseSettings;
import java.util.List;
import java.util.Map;

/**
 * The shape of {@code .qbank-lint.yml} as written; every key is optional. {@link ConfigSchema}
 * checks a file against it, and the {@link ConfigKey} annotations say what each key allows.
 */
record ConfigFile(
    @ConfigKey.Glob List<String> include,
    @ConfigKey.Glob List<String> exclude,
    @ConfigKey.Range(min = 1, max = 1L << 30) Long maxFileBytes,
    @ConfigKey.Range(min = 1, max = 1_000_000) Integer maxInlineChars,
    ConventionsConfig conventions,
    Map<String, RuleConfig> rules,
    MathSettings math,
    LinkSettings links,
    ProseSettings prose,
    Boolean cache) {

  /** An empty file, or one holding only {@code ~}: every default. */
  static final ConfigFile EMPTY =
      new ConfigFile(null, null, null, null, null, null, null, null, null, null);
}
