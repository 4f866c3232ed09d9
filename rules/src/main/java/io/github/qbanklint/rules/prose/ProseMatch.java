package io.github.qbanklint.rules.prose;

import java.util.List;

/**
 * A LanguageTool match in document offsets, in plain types so the rule never names a LanguageTool
 * class.
 */
record ProseMatch(
    int start, int end, String ruleId, boolean spelling, String message, List<String> suggestions) {
  ProseMatch {
    suggestions = List.copyOf(suggestions);
  }
}
