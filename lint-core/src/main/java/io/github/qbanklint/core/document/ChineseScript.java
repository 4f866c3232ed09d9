package io.github.qbanklint.core.document;

/**
 * Traditional Chinese as qbank-lint reads it: the traditional characters of the words the bank
 * model and the rules look for (question markers {@code 問題3：}, answer labels {@code 參考答案},
 * placeholders {@code 待補充}, headings {@code 目錄}, question words {@code 說說}) mapped to their
 * simplified forms, so that each word is written once, in simplified Chinese. One character stands
 * for one character, so offsets into a mapped text are offsets into the original.
 *
 * <p>The pairs are OpenCC's Taiwan-to-mainland conversion ({@code opencc-js}, {@code tw} to {@code
 * cn}) of every character of those words; a full converter (ICU4J's transliterator, OpenCC) would
 * bring megabytes of tables and phrase segmentation for these few dozen characters.
 */
public final class ChineseScript {
  private static final String TRADITIONAL = "兩個為爲麼關準擊別區單參嗎幹開錄顯條標樣點獻簡練紹節補見訓講試詳說説請讀課談資較釋鏈問閱閲頂題連結暫無續";
  private static final String SIMPLIFIED = "两个为为么关准击别区单参吗干开录显条标样点献简练绍节补见训讲试详说说请读课谈资较释链问阅阅顶题连结暂无续";

  private static final char FIRST = 0x4E00;
  private static final char[] MAPPED = table();

  private ChineseScript() {}

  private static char[] table() {
    char last = FIRST;
    for (int i = 0; i < TRADITIONAL.length(); i++) {
      last = (char) Math.max(last, TRADITIONAL.charAt(i));
    }
    char[] mapped = new char[last - FIRST + 1];
    for (int i = 0; i < TRADITIONAL.length(); i++) {
      mapped[TRADITIONAL.charAt(i) - FIRST] = SIMPLIFIED.charAt(i);
    }
    return mapped;
  }

  /** The character in simplified form, if it is one of the mapped traditional ones. */
  public static char simplified(char c) {
    int i = c - FIRST;
    return i >= 0 && i < MAPPED.length && MAPPED[i] != 0 ? MAPPED[i] : c;
  }

  /** The text with every mapped traditional character in simplified form; the same length. */
  public static String simplified(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (simplified(c) != c) {
        char[] chars = text.toCharArray();
        for (int j = i; j < chars.length; j++) {
          chars[j] = simplified(chars[j]);
        }
        return new String(chars);
      }
    }
    return text;
  }
}
