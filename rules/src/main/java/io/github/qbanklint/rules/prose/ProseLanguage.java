package io.github.qbanklint.rules.prose;

/** The languages the prose rule checks; a run of text is one or the other. */
enum ProseLanguage {
  ENGLISH,
  CHINESE;

  /**
   * Chinese when the run has at least as many CJK characters as Latin words: a Chinese sentence
   * naming a few English terms is still Chinese, an English sentence quoting one Chinese term is
   * not.
   */
  static ProseLanguage of(CharSequence text) {
    int cjk = 0;
    int latinWords = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean latin = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (latin && !inWord) {
        latinWords++;
      }
      inWord = latin;
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        cjk++;
      }
    }
    return cjk > 0 && cjk >= latinWords ? CHINESE : ENGLISH;
  }
}
