package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.HtmlScanner;
import io.github.qbanklint.core.document.NodeIndex;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * How much an answer says: its length in units, where a CJK character is one unit and so is a word
 * of letters or digits in any other script ({@code GPT-4} is two), and whether it is nothing but a
 * link, an image or a pointer to another answer ({@code 见上文}, {@code see above}). Code counts;
 * image alt text, markup and punctuation do not. An answer naming one of its question's lettered
 * options is a choice ({@link ChoiceAnswers}). The thin-answer rule and the report's thin list both
 * judge answers by this (see {@link ThinAnswer}).
 *
 * @param units the length in units
 * @param form what the answer consists of
 */
public record AnswerLength(int units, Form form) {

  /** What an answer consists of. */
  public enum Form {
    TEXT("text", "text"),
    ONLY_LINK("only-link", "only a link"),
    ONLY_IMAGE("only-image", "only an image"),
    ONLY_POINTER("only-pointer", "only a pointer to another answer"),
    /** A multiple-choice question's answer naming its option: whole however short. */
    CHOICE("choice", "a choice among the question's options");

    private final String id;
    private final String description;

    Form(String id, String description) {
      this.id = id;
      this.description = description;
    }

    /** The name in JSON reports. */
    public String id() {
      return id;
    }

    public String description() {
      return description;
    }
  }

  /** {@code 7 units}, or what the answer only is: {@code only a link}. */
  public String summary() {
    return form == Form.TEXT || form == Form.CHOICE
        ? units + (units == 1 ? " unit" : " units")
        : form.description();
  }

  /** Answers that only point elsewhere, normalised as placeholders are (see AnswerClassifier). */
  private static final Set<String> POINTERS =
      Set.of(
          "见上文",
          "见上",
          "详见上文",
          "参见上文",
          "参考上文",
          "同上",
          "同上题",
          "见上题",
          "如上",
          "如上所述",
          "seeabove",
          "asabove",
          "sameasabove",
          "seetheanswerabove",
          "seepreviousanswer");

  /** The longest pointer, in chars: a longer text is not normalised to be compared. */
  private static final int LONGEST_POINTER = 24;

  /** Measures the blocks of an answer, reading their nodes from the document's index. */
  public static AnswerLength of(NodeIndex index, List<Node> blocks) {
    Counter counter = new Counter();
    for (Node block : blocks) {
      List<Node> nodes = block instanceof AnswerLines lines ? lines.inlines() : List.of(block);
      nodes.forEach(n -> counter.count(index, index.position(n)));
    }
    return new AnswerLength(counter.units(), counter.form());
  }

  /** Counts units, telling text inside links from text outside them. */
  private static final class Counter {
    private final UnitCount outside = new UnitCount();
    private final UnitCount inLinks = new UnitCount();
    private final StringBuilder shortText = new StringBuilder();
    private boolean link;
    private boolean image;
    private int linksEnd;

    int units() {
      return outside.units() + inLinks.units();
    }

    Form form() {
      if (units() == 0 && image) {
        return Form.ONLY_IMAGE;
      }
      if (outside.units() == 0 && link) {
        return Form.ONLY_LINK;
      }
      if (shortText.length() <= LONGEST_POINTER
          && POINTERS.contains(AnswerClassifier.normalise(shortText.toString()))) {
        return Form.ONLY_POINTER;
      }
      return Form.TEXT;
    }

    /** Counts the node at {@code from} and the nodes below it. */
    void count(NodeIndex index, int from) {
      int end = index.subtreeEnd(from);
      for (int p = from; p < end; p++) {
        Node node = index.node(p);
        if (node instanceof Image) {
          image = true; // its alt text is not what a reader reads
          p = index.subtreeEnd(p) - 1;
        } else if (node instanceof Link) {
          link = true;
          // Links nest properly: a position is inside one while it is before the last end seen.
          linksEnd = Math.max(linksEnd, index.subtreeEnd(p));
        } else if (node instanceof HtmlBlock html) {
          image |= hasImg(html.getLiteral());
          count(p, HtmlScanner.readableText(html.getLiteral()));
        } else if (node instanceof HtmlInline html) {
          image |= hasImg(html.getLiteral());
        } else {
          String literal = literal(node);
          if (literal != null) {
            count(p, literal);
          }
        }
      }
    }

    /** The text a node counts with: text and code, as written; null for any other node. */
    private static String literal(Node node) {
      if (node instanceof Text text) {
        return text.getLiteral();
      }
      if (node instanceof Code code) {
        return code.getLiteral();
      }
      if (node instanceof FencedCodeBlock code) {
        return code.getLiteral();
      }
      return node instanceof IndentedCodeBlock code ? code.getLiteral() : null;
    }

    private void count(int position, String text) {
      if (position < linksEnd) {
        inLinks.add(text);
      } else {
        outside.add(text);
        if (shortText.length() <= LONGEST_POINTER) {
          shortText.append(text, 0, Math.min(text.length(), LONGEST_POINTER + 1)).append(' ');
        }
      }
    }

    private static boolean hasImg(String html) {
      return html.toLowerCase(Locale.ROOT).contains("<img");
    }
  }

  /**
   * Units of text fed piece by piece: a CJK, kana or hangul character is one, a run of other
   * letters and digits is one (an apostrophe between letters keeps the word going: {@code it's}),
   * whatever else separates, the underscore too: {@code z_i} in a formula is two symbols.
   */
  static final class UnitCount {
    private int units;
    private boolean inWord;

    void add(String text) {
      for (int i = 0; i < text.length(); ) {
        int c = text.charAt(i);
        if (c < 0x80) {
          // ASCII, most of any answer: letters and digits are exactly [A-Za-z0-9], none is CJK.
          i++;
          if (isAsciiLetterOrDigit(c)) {
            units += inWord ? 0 : 1;
            inWord = true;
          } else {
            inWord &= joinsWord(text, i, c);
          }
          continue;
        }
        if (isCommonHan(c)) {
          // Most of a Chinese answer: one unit each, without the Unicode tables' look-ups.
          i++;
          units++;
          inWord = false;
          continue;
        }
        c = text.codePointAt(i);
        i += Character.charCount(c);
        if (!Character.isLetterOrDigit(c)) {
          inWord &= joinsWord(text, i, c);
        } else if (isCjk(c)) {
          units++;
          inWord = false;
        } else {
          units += inWord ? 0 : 1;
          inWord = true;
        }
      }
      inWord = false;
    }

    private static boolean isAsciiLetterOrDigit(int c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /**
     * Whether {@code c}, before {@code next}, keeps a word going: an apostrophe before a letter.
     */
    private static boolean joinsWord(String text, int next, int c) {
      return (c == '\'' || c == '\u2019')
          && next < text.length()
          && Character.isLetter(text.codePointAt(next));
    }

    int units() {
      return units;
    }

    /**
     * CJK Unified Ideographs assigned since Unicode 11 (every JDK from 11 knows them as letters of
     * the Han script), so that the answer is the same on every JDK the launcher may run.
     */
    static boolean isCommonHan(int c) {
      return c >= 0x4E00 && c <= 0x9FEF;
    }

    private static boolean isCjk(int c) {
      if (c < 0x3000) {
        return false;
      }
      if (c >= 0x4E00 && c <= 0x9FFF) {
        return true;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      return script == Character.UnicodeScript.HAN
          || script == Character.UnicodeScript.HIRAGANA
          || script == Character.UnicodeScript.KATAKANA
          || script == Character.UnicodeScript.HANGUL;
    }
  }
}
