package io.github.qbanklint.bench;

import java.io.IOException;
import java.util.Locale;

/**
 * The most expensive shapes of Markdown file we could construct, each written to a requested size:
 * one kind of element repeated as densely as the syntax allows, most of them producing a finding
 * per element so that the report grows with the file too.
 */
enum WorstShape {
  /** Every line a question heading, none answered: a question and an empty answer per line. */
  HEADINGS {
    @Override
    void write(ShapeWriter out) throws IOException {
      for (int i = 1; out.wantsMore(); i++) {
        out.line("### 问题" + i + "：什么是梯度下降 " + i + "？");
      }
    }
  },
  /** One paragraph of the whole file: far over maxInlineChars, so its inside is not parsed. */
  PARAGRAPH {
    @Override
    void write(ShapeWriter out) throws IOException {
      out.line("# 题库").line("");
      for (int i = 1; out.wantsMore(); i++) {
        out.line(INLINE_UNIT + i);
      }
    }
  },
  /**
   * Paragraphs just under the default maxInlineChars, dense with links, emphasis and unmatched
   * delimiters: the inline parser's worst case that is still parsed.
   */
  PARAGRAPHS_AT_LIMIT {
    @Override
    void write(ShapeWriter out) throws IOException {
      out.line("# 题库").line("");
      int chars = 0;
      for (int i = 1; out.wantsMore(); i++) {
        String line = INLINE_UNIT + i;
        if (chars + line.length() > 49_000) {
          out.line("");
          chars = 0;
        }
        out.line(line);
        chars += line.length();
      }
    }
  },
  /** Every line a block quote nested 40 deep, past the parser's cap of open blocks. */
  NESTED_QUOTES {
    @Override
    void write(ShapeWriter out) throws IOException {
      String prefix = "> ".repeat(40);
      for (int i = 1; out.wantsMore(); i++) {
        out.line(prefix + "引用 " + i + " **粗体** [链接](#q" + i + ")");
      }
    }
  },
  /** Staircases of list items, each 40 levels deep, one after another. */
  NESTED_LISTS {
    @Override
    void write(ShapeWriter out) throws IOException {
      for (int i = 0; out.wantsMore(); i++) {
        out.line("  ".repeat(i % 40) + "- 条目 " + i + " $x_" + i + "$");
      }
    }
  },
  /** One table of the whole file, with math, links and emphasis in its cells. */
  TABLE {
    @Override
    void write(ShapeWriter out) throws IOException {
      out.line("| # | 问题 | 答案 | 备注 |").line("|---|---|---|---|");
      for (int i = 1; out.wantsMore(); i++) {
        out.line("| " + i + " | 问题 $x_" + i + "$ | [a](#q" + i + ") | **b** *c* |");
      }
    }
  },
  /**
   * Sections named as answer keys over numbered entries that no question above is numbered as:
   * every key asks for the numbers of everything back to the file's start (read once per file, not
   * once per key).
   */
  ANSWER_KEYS {
    @Override
    void write(ShapeWriter out) throws IOException {
      for (int i = 1; out.wantsMore(); i++) {
        out.line("### 什么是梯度 " + i + "？").line("").line("梯度是函数增长最快的方向。").line("");
        out.line("## Answer key").line("").line("1. A").line("2. B").line("");
      }
    }
  },
  /**
   * Paragraphs that are only a bold name of the answers, each over numbered entries, with no
   * heading between them: each key runs to the next title, so each block is read for one key (it
   * ran to the next heading, and 1 MiB took over two minutes).
   */
  BOLD_ANSWER_KEYS {
    @Override
    void write(ShapeWriter out) throws IOException {
      out.line("**1.** What is a gradient?").line("");
      while (out.wantsMore()) {
        out.line("**Answers**").line("").line("1. A").line("2. B").line("");
      }
    }
  },
  /** Links, images, references and autolinks to targets that do not exist, on every line. */
  LINKS {
    @Override
    void write(ShapeWriter out) throws IOException {
      for (int i = 1; out.wantsMore(); i++) {
        out.line(
                "[a](#missing-"
                    + i
                    + ") [b](missing-"
                    + i
                    + ".md#x) ![c](img/"
                    + i
                    + ".png) [d][ref-"
                    + i
                    + "] <https://example.com/"
                    + i
                    + ">")
            .line("");
        out.line("[ref-" + i + "]: other-" + i + ".md").line("");
      }
    }
  },
  /**
   * A paragraph per line of emphasis, some of it unmatched and some bold that does not render
   * ({@code **区别：**MLE}): a broken-emphasis finding, with its repair, per line.
   */
  EMPHASIS {
    @Override
    void write(ShapeWriter out) throws IOException {
      for (int i = 1; out.wantsMore(); i++) {
        out.line("**粗体 " + i + "** *斜体* _下划线_ __粗__ ***两者*** ** 未闭合 * _x **区别：**MLE " + i).line("");
      }
    }
  },
  /** Inline math with an unknown command on every line, and a display block every fifth. */
  MATH {
    @Override
    void write(ShapeWriter out) throws IOException {
      for (int i = 1; out.wantsMore(); i++) {
        out.line("公式 $x_{" + i + "}^{2} + \\frac{a}{b}$ 和 $\\foo{" + i + "} + \\alpha$").line("");
        if (i % 5 == 0) {
          out.line("$$")
              .line("\\begin{aligned} a_{" + i + "} &= \\sqrt{b} \\\\ c &= \\sum_{k=1}^{n} k")
              .line("\\end{aligned}")
              .line("$$")
              .line("");
        }
      }
    }
  },
  /** HTML headings with answers run on after them, and details blocks, one after another. */
  HTML {
    @Override
    void write(ShapeWriter out) throws IOException {
      for (int i = 1; out.wantsMore(); i++) {
        out.line("<h3 id=\"" + i + "\">" + i + ". 问题 " + i + "？</h3>")
            .line("**答案** " + i + " [链接](#q" + i + ") $x^2$")
            .line("")
            .line("<details><summary>问题 " + i + "？</summary>")
            .line("")
            .line("答案 " + i)
            .line("")
            .line("</details>")
            .line("");
      }
    }
  },
  /**
   * A table of contents filling half the file, then as many question headings: every third entry's
   * text differs from its heading and neighbours are listed in swapped order.
   */
  TOC {
    @Override
    void write(ShapeWriter out) throws IOException {
      out.line("# 题库").line("").line("## 目录").line("");
      int entries = 0;
      while (out.writtenFraction() < 0.56) {
        entries++;
        int listed = entries % 2 == 0 ? entries - 1 : entries + 1;
        String text = tocText(listed) + (listed % 3 == 0 ? "（旧）" : "");
        out.line("- [" + text + "](#" + slug(listed) + ")");
      }
      out.line("");
      for (int i = 1; i <= entries; i++) {
        out.line("### " + tocText(i)).line("").line("答案 " + i + "。").line("");
      }
    }
  },
  /**
   * A table of contents whose entries kept the old text and anchor of renamed headings, except one
   * in 512: each run of 511 renamed entries between two equal ones is aligned by text similarity
   * over a full table of 511 x 511 pairs (just under the aligner's band limit).
   */
  TOC_RENAMED {
    @Override
    void write(ShapeWriter out) throws IOException {
      out.line("# 题库").line("").line("## 目录").line("");
      int entries = 0;
      while (out.writtenFraction() < 0.56) {
        entries++;
        String old = entries % 512 == 0 ? "" : "（旧）";
        out.line("- [" + tocText(entries) + old + "](#" + slug(entries) + old + ")");
      }
      out.line("");
      for (int i = 1; i <= entries; i++) {
        out.line("### " + tocText(i)).line("").line("答案 " + i + "。").line("");
      }
    }
  },
  /**
   * Numbered sections and questions, with a gap every seventh number and a repeat every eleventh.
   */
  NUMBERED {
    @Override
    void write(ShapeWriter out) throws IOException {
      out.line("# 题库").line("");
      int number = 0;
      for (int i = 1; out.wantsMore(); i++) {
        if (i % 100 == 1) {
          out.line("## " + (i / 100 + 1) + ". 第 " + (i / 100 + 1) + " 部分，共 90 题").line("");
        }
        number += i % 7 == 0 ? 2 : i % 11 == 0 ? 0 : 1;
        out.line("### " + number + ". 问题 " + number + " 是什么？").line("").line("答案。").line("");
      }
    }
  };

  /** Prose, CJK, code, math, links, emphasis and unmatched delimiters: about 100 characters. */
  private static final String INLINE_UNIT =
      "梯度下降 gradient descent `x_i` $\\alpha$ [link](#目录) **bold** *a _b [c ![d](e.png) ** ";

  abstract void write(ShapeWriter out) throws IOException;

  private static String tocText(int i) {
    return "问题 " + i + "：什么是 Adam " + i + "？";
  }

  /** The GitHub anchor of {@code ### tocText(i)}. */
  private static String slug(int i) {
    return "问题-" + i + "什么是-adam-" + i;
  }

  /** The name used on the command line and in file names. */
  String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static WorstShape byId(String id) {
    for (WorstShape shape : values()) {
      if (shape.id().equals(id)) {
        return shape;
      }
    }
    throw new IllegalArgumentException("unknown shape: " + id);
  }
}
