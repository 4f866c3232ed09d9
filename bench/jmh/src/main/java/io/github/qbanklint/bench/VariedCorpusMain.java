package io.github.qbanklint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

/**
 * Writes N banks that differ as much as real ones do while keeping the example bank's structure:
 * copy {@code i} has every CJK ideograph (U+4E00 to U+9FFF) replaced through a permutation of its
 * own, seeded by {@code i}. Titles, anchors, table-of-contents entries and image paths stay
 * consistent inside a bank (slugs keep ideographs as they are) but differ from every other bank's,
 * so cross-file rules meet hundreds of thousands of distinct titles and paths, as in a real
 * workspace, rather than the same 186 titles 2,000 times.
 *
 * <p>With {@code --latin}, each ideograph becomes a word of Latin letters instead (from a table of
 * the copy's own) and the full-width punctuation its ASCII form: the same banks written in a Latin
 * script, whose text the JVM stores one byte a character. Words in a link's destination are joined
 * by hyphens, as a heading's slug joins them, so that the bank's own anchors still resolve.
 *
 * <p>{@code VariedCorpusMain [--latin] BANK N DIR}
 */
public final class VariedCorpusMain {
  private static final int FIRST = 0x4E00;
  private static final int LAST = 0x9FFF;
  private static final Map<Character, String> ASCII_PUNCTUATION =
      Map.ofEntries(
          Map.entry('，', ", "),
          Map.entry('。', ". "),
          Map.entry('？', "?"),
          Map.entry('：', ": "),
          Map.entry('；', "; "),
          Map.entry('！', "! "),
          Map.entry('（', " ("),
          Map.entry('）', ") "),
          Map.entry('、', ", "),
          Map.entry('“', "\""),
          Map.entry('”', "\""));
  private static final String CONSONANTS = "bcdfghjklmnprstvwz";
  private static final String VOWELS = "aeiou";

  private VariedCorpusMain() {}

  public static void main(String[] args) throws IOException {
    boolean latin = args[0].equals("--latin");
    int first = latin ? 1 : 0;
    String bank = Files.readString(Path.of(args[first]), StandardCharsets.UTF_8);
    int count = Integer.parseInt(args[first + 1]);
    Path dir = Files.createDirectories(Path.of(args[first + 2]));
    int width = String.valueOf(count).length();
    for (int i = 1; i <= count; i++) {
      String name = String.format("bank-%0" + width + "d.md", i);
      Random random = new Random(i);
      String copy = latin ? latin(bank, random) : permuted(bank, random);
      Files.writeString(dir.resolve(name), copy + "\nCopy " + i + ".\n");
    }
  }

  private static String permuted(String text, Random random) {
    char[] table = new char[LAST - FIRST + 1];
    for (int k = 0; k < table.length; k++) {
      table[k] = (char) (FIRST + k);
    }
    for (int k = table.length - 1; k > 0; k--) {
      int j = random.nextInt(k + 1);
      char swap = table[k];
      table[k] = table[j];
      table[j] = swap;
    }
    char[] chars = text.toCharArray();
    for (int k = 0; k < chars.length; k++) {
      if (chars[k] >= FIRST && chars[k] <= LAST) {
        chars[k] = table[chars[k] - FIRST];
      }
    }
    return new String(chars);
  }

  private static String latin(String text, Random random) {
    String[] words = new String[LAST - FIRST + 1];
    StringBuilder out = new StringBuilder(text.length() * 3);
    boolean afterWord = false;
    boolean inDestination = false;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c >= FIRST && c <= LAST) {
        if (afterWord) {
          out.append(inDestination ? '-' : ' ');
        }
        if (words[c - FIRST] == null) {
          words[c - FIRST] = word(random);
        }
        out.append(words[c - FIRST]);
        afterWord = true;
        continue;
      }
      afterWord = false;
      if (c == '(' && k > 0 && text.charAt(k - 1) == ']') {
        inDestination = true;
      } else if (c == ')' || c == '\n') {
        inDestination = false;
      }
      String ascii = ASCII_PUNCTUATION.get(c);
      out.append(ascii != null && !inDestination ? ascii : String.valueOf(c));
    }
    return out.toString();
  }

  private static String word(Random random) {
    StringBuilder word = new StringBuilder();
    for (int syllables = 1 + random.nextInt(3); syllables > 0; syllables--) {
      word.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())));
      word.append(VOWELS.charAt(random.nextInt(VOWELS.length())));
    }
    return word.toString();
  }
}
