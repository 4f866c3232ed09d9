package io.github.qbanklint.core.engine;

import com.google.common.hash.Hashing;
import java.util.regex.Pattern;

/**
 * A short key of what a question shows before its answer, for telling apart questions worded the
 * same ({@code What's the output?}) over different code: a 64-bit fingerprint of the text with its
 * whitespace runs as one space, in hex; empty for a blank text. Kept in every cached summary, so it
 * is short; only duplicate-question compares it, so a fingerprint that can be made to collide costs
 * no more than one missed duplicate.
 */
final class PromptKey {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private PromptKey() {}

  static String of(String prompt) {
    if (prompt.isBlank()) {
      return "";
    }
    String collapsed = WHITESPACE.matcher(prompt.strip()).replaceAll(" ");
    return Hashing.farmHashFingerprint64().hashUnencodedChars(collapsed).toString();
  }
}
