package io.github.qbanklint.core.config;

import io.github.qbanklint.core.api.ConfigKey;
import io.github.qbanklint.core.api.LinkSettings;
import io.github.qbanklint.core.api.MathSettings;
import io.github.qbanklint.core.api.ProseSettings;
import io.github.qbanklint.core.document.MarkdownParser;
import java.util.List;
import java.util.Map;

/**
 * The shape of {@code .qbank-lint.yml} as written; every key is optional. {@link ConfigSchema}
 * checks a file against it, and the {@link ConfigKey} annotations say what each key allows.
 */
record ConfigFile(
    @ConfigKey.Doc(
            value =
                "Files to lint, as globs relative to the workspace root; .git, node_modules and"
                    + " target are always skipped.",
            example = "[\"**/*.md\"]")
        @ConfigKey.Glob
        List<String> include,
    @ConfigKey.Doc(value = "Files not to lint, as globs.", example = "[\"drafts/**\"]")
        @ConfigKey.Glob
        List<String> exclude,
    @ConfigKey.Doc(
            value =
                "A file larger than this many bytes is reported as an input error (exit 2) instead"
                    + " of linted.",
            example = "8388608")
        @ConfigKey.Range(min = 1, max = 1L << 30)
        Long maxFileBytes,
    @ConfigKey.Doc(
            value =
                "A paragraph, heading or table cell with more characters is not parsed for links,"
                    + " emphasis, code spans and math; too-long-to-check reports it.",
            example = "200000")
        @ConfigKey.Range(min = 1, max = 1_000_000)
        Integer maxInlineChars,
    @ConfigKey.Doc(
            "How the bank marks its table of contents, questions and unfinished answers"
                + " (docs/bank-conventions.md).")
        ConventionsConfig conventions,
    @ConfigKey.Doc(
            "Per-rule settings: a severity (error, warning, info), off, or a map with enabled,"
                + " severity and the rule's options.")
        Map<String, RuleConfig> rules,
    @ConfigKey.Doc("Math: which renderer decides what is math and which checks it.")
        MathSettings math,
    @ConfigKey.Doc("Links: remote checking (off unless asked for) and its limits.")
        LinkSettings links,
    @ConfigKey.Doc("Prose checking with LanguageTool (the prose rule is off by default).")
        ProseSettings prose,
    @ConfigKey.Doc(
            value =
                "Reuse the results of unchanged files from the result cache in the user cache"
                    + " directory (README: Result cache); false turns it off.",
            example = "false")
        Boolean cache) {

  /** An empty file, or one holding only {@code ~}: every default. */
  static final ConfigFile EMPTY =
      new ConfigFile(null, null, null, null, null, null, null, null, null, null);

  /** What each key means when the file leaves it out. */
  static final ConfigFile DEFAULTS =
      new ConfigFile(
          Config.DEFAULT_INCLUDE,
          List.of(),
          Config.DEFAULT_MAX_FILE_BYTES,
          MarkdownParser.DEFAULT_MAX_INLINE_CHARS,
          ConventionsConfig.defaults(),
          Map.of(),
          MathSettings.defaults(),
          LinkSettings.defaults(),
          ProseSettings.defaults(),
          true);
}
