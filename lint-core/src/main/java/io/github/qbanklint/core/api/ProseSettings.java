package io.github.qbanklint.core.api;

import java.util.List;

/**
 * The {@code prose:} section for the LanguageTool rule.
 *
 * @param acceptedWords words never reported as misspelt
 * @param acceptedWordsFile a file of accepted words, one per line, relative to the config file's
 *     directory (a config found in the repository may only name a file inside that directory)
 * @param disabledRules LanguageTool rule ids to turn off
 */
public record ProseSettings(
    @ConfigKey.Doc(value = "Words never reported as misspelt.", example = "[GCN, KaTeX]")
        List<String> acceptedWords,
    @ConfigKey.Doc(
            value =
                "A file of accepted words, one per line, relative to the config file's directory"
                    + " (a config found in the repository may only name a file inside it).",
            example = "words.txt")
        @ConfigKey.WorkspacePath
        String acceptedWordsFile,
    @ConfigKey.Doc(value = "LanguageTool rule ids to turn off.", example = "[WHITESPACE_RULE]")
        List<String> disabledRules) {
  public ProseSettings {
    acceptedWords = acceptedWords == null ? List.of() : List.copyOf(acceptedWords);
    disabledRules = disabledRules == null ? List.of() : List.copyOf(disabledRules);
  }

  public static ProseSettings defaults() {
    return new ProseSettings(null, null, null);
  }
}
