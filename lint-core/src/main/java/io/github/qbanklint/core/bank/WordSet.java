package io.github.qbanklint.core.bank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * Words to find anywhere in a text, looked up by their first character: a binary search over the
 * sorted first characters, so that no character of the text is boxed.
 */
final class WordSet {
  private final char[] firsts;
  private final String[][] wordsByFirst;

  WordSet(String... words) {
    TreeMap<Character, List<String>> byFirst = new TreeMap<>();
    for (String word : words) {
      byFirst.computeIfAbsent(word.charAt(0), c -> new ArrayList<>()).add(word);
    }
    firsts = new char[byFirst.size()];
    wordsByFirst = new String[byFirst.size()][];
    int i = 0;
    for (var entry : byFirst.entrySet()) {
      firsts[i] = entry.getKey();
      wordsByFirst[i++] = entry.getValue().toArray(String[]::new);
    }
  }

  /** Whether any of the words occurs in {@code text}. */
  boolean foundIn(String text) {
    char lowest = firsts[0];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int at = c < lowest ? -1 : Arrays.binarySearch(firsts, c);
      if (at >= 0) {
        for (String word : wordsByFirst[at]) {
          if (text.startsWith(word, i)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
