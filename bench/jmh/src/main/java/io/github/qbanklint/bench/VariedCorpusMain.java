package io.github.qbanklint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes N banks that differ as much as real ones do while keeping the example bank's structure:
 * copy {@code i} has every CJK ideograph (U+4E00 to U+9FFF) replaced through a permutation of its
 * own, seeded by {@code i}. Titles, anchors, table-of-contents entries and image paths stay
 * consistent inside a bank (slugs keep ideographs as they are) but differ from every other bank's,
 * so cross-file rules meet hundreds of thousands of distinct titles and paths, as in a real
 * workspace, rather than the same 186 titles 2,000 times.
 *
 * <p>{@code VariedCorpusMain BANK N DIR}
 */
public final class VariedCorpusMain {
  private static final int FIRST = 0x4E00;
  private static final int LAST = 0x9FFF;

  private VariedCorpusMain() {}

  public static void main(String[] args) throws IOException {
    String bank = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    int count = Integer.parseInt(args[1]);
    Path dir = Files.createDirectories(Path.of(args[2]));
    int width = String.valueOf(count).length();
    for (int i = 1; i <= count; i++) {
      String name = String.format("bank-%0" + width + "d.md", i);
      Files.writeString(dir.resolve(name), permuted(bank, new Random(i)) + "\nCopy " + i + ".\n");
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
}
