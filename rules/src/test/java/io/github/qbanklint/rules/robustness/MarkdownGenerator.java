package io.github.qbanklint.rules.robustness;

import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Random Markdown that looks like a question bank gone wrong: headings (question headings, setext,
 * HTML), a table of contents with anchor links, nested lists, code fences left open, {@code $} and
 * {@code $$} math, backslashes, raw HTML and comments, suppression comments, tables with ragged
 * rows, CJK, emoji, tabs, and mixed {@code \n}, {@code \r\n} and {@code \r} line endings, sometimes
 * after a BOM. The same seed gives the same document.
 */
public final class MarkdownGenerator {
  private static final String[] WORDS = {
    "为什么",
    "梯度",
    "Transformer",
    "注意力",
    "损失函数",
    "BN",
    "what",
    "is",
    "the",
    "loss",
    "😀",
    "👩‍💻",
    "🇨🇳",
    "é",
    "ǅ",
    "x",
    "面试题",
    "商汤科技",
    "a_b",
    "C++",
    "1.2",
    "?",
    "？",
    "：",
    "、",
    "`code`",
    "**bold**",
    "*em*",
    "~~del~~",
    "<br>",
    "&amp;",
    "&#x4e2d;",
    "\\*",
    "\\",
    "\\$",
    "$x$",
    "$$",
    "$",
    "{",
    "}",
    "[",
    "]",
    "(",
    ")",
    "!",
    "|",
    "<",
    ">",
    "#",
    "-",
    "+",
    "*",
    "_",
    "~",
    "`",
    "\t",
    "  ",
    "[^1]",
    "http://example.com/a_(b)",
    "www.example.org",
    "a@b.co",
    "https://例子.测试",
    "TODO",
    "待补充",
    "\u200b",
    "\u00a0",
    "\u3000",
    "\ufeff"
  };

  private static final String[] LINE_BREAKS = {"\n", "\n", "\n", "\r\n", "\r"};

  private final Random random;
  private final String lineBreak;

  public MarkdownGenerator(long seed) {
    this.random = new Random(seed);
    this.lineBreak = random.nextInt(4) == 0 ? pick(LINE_BREAKS) : "\n";
  }

  /** A whole document of a few dozen blocks. */
  public String document() {
    StringBuilder out = new StringBuilder();
    if (random.nextInt(8) == 0) {
      out.append('\ufeff');
    }
    if (random.nextInt(3) == 0) {
      out.append(toc());
    }
    int blocks = 1 + random.nextInt(40);
    for (int i = 0; i < blocks; i++) {
      out.append(block());
    }
    String text = out.toString();
    return random.nextInt(6) == 0 ? mutate(text) : text;
  }

  private String block() {
    List<Supplier<String>> kinds =
        List.of(
            this::heading,
            this::heading,
            this::questionHeading,
            this::questionHeading,
            this::paragraph,
            this::paragraph,
            this::list,
            this::codeFence,
            this::mathBlock,
            this::html,
            this::table,
            this::blockQuote,
            this::linkDefinition,
            this::suppression,
            this::setextHeading,
            this::blank);
    return kinds.get(random.nextInt(kinds.size())).get();
  }

  private String toc() {
    StringBuilder out =
        new StringBuilder(pick("# 目录", "## Contents", "# TOC", "目录")).append(lineBreak);
    int entries = random.nextInt(8);
    for (int i = 0; i < entries; i++) {
      String text = words(1 + random.nextInt(4));
      String target = random.nextBoolean() ? text.replace(' ', '-') : words(1);
      out.append("  ".repeat(random.nextInt(3)))
          .append(pick("- ", "* ", "1. "))
          .append(random.nextInt(5) == 0 ? text : "[" + text + "](#" + target + ")")
          .append(lineBreak);
    }
    return out.append(lineBreak).toString();
  }

  private String heading() {
    return "#".repeat(1 + random.nextInt(7))
        + pick(" ", " ", "", "\t")
        + words(random.nextInt(6))
        + pick("", "", " #", " ##", "?", "？")
        + lineBreak
        + lineBreak;
  }

  private String questionHeading() {
    String marker =
        pick(
            "",
            (1 + random.nextInt(30)) + ". ",
            "问题" + random.nextInt(9) + "：",
            "Q" + random.nextInt(9) + ": ",
            "Question " + random.nextInt(9) + " ",
            "1." + random.nextInt(9) + " ");
    String heading =
        "#".repeat(2 + random.nextInt(3))
            + " "
            + marker
            + words(1 + random.nextInt(6))
            + pick("?", "？", "", "?**");
    String answer =
        random.nextInt(4) == 0 ? pick("", "TODO", "待补充", "<!-- TODO -->", "---") : paragraph();
    return heading + lineBreak + lineBreak + answer;
  }

  private String setextHeading() {
    return words(1 + random.nextInt(4))
        + lineBreak
        + pick("===", "---", "=", "- - -")
        + lineBreak
        + lineBreak;
  }

  private String paragraph() {
    StringBuilder out = new StringBuilder();
    int lines = 1 + random.nextInt(4);
    for (int i = 0; i < lines; i++) {
      out.append(words(random.nextInt(12)));
      if (random.nextInt(4) == 0) {
        out.append(inlineExtra());
      }
      out.append(pick("", "", "  ", "\\")).append(lineBreak);
    }
    return out.append(lineBreak).toString();
  }

  private String inlineExtra() {
    return switch (random.nextInt(8)) {
      case 0 -> " $" + words(2) + "$ ";
      case 1 ->
          " ["
              + words(2)
              + "]("
              + pick("#", "#a-b", "./other.md", "other.md#x", "http://x.y/", "<a b>", "")
              + ") ";
      case 2 ->
          " !["
              + words(1)
              + "]("
              + pick("img.png", "./missing.jpg", "data:image/png;base64,AAAA", "")
              + ") ";
      case 3 -> " <a id=\"" + words(1) + "\"></a>";
      case 4 -> " \\(" + words(2) + "\\) ";
      case 5 -> " [" + words(1) + "][" + pick("ref", "missing", "") + "]";
      case 6 -> " <img src=\"" + pick("a.png", "", "x y.gif") + "\">";
      default -> " `" + words(2) + "` ";
    };
  }

  private String list() {
    StringBuilder out = new StringBuilder();
    int items = 1 + random.nextInt(6);
    for (int i = 0; i < items; i++) {
      out.append(pick("", "  ", "    ", "\t", "   "))
          .append(pick("- ", "* ", "+ ", "1. ", "2) ", "- [ ] ", "- [x] ", "-"))
          .append(words(random.nextInt(6)))
          .append(lineBreak);
    }
    return out.append(lineBreak).toString();
  }

  private String codeFence() {
    String fence = pick("```", "~~~", "````", "```math", "```python", "~~~~");
    StringBuilder out = new StringBuilder(pick("", "  ", "   ")).append(fence).append(lineBreak);
    int lines = random.nextInt(5);
    for (int i = 0; i < lines; i++) {
      out.append(
              pick(
                  "# not a heading",
                  "$x$",
                  words(3),
                  "<!-- qbank-lint-disable -->",
                  "\t" + words(2)))
          .append(lineBreak);
    }
    if (random.nextInt(5) != 0) {
      out.append(fence.replaceAll("[a-z]", "")).append(lineBreak);
    }
    return out.append(lineBreak).toString();
  }

  private String mathBlock() {
    String body =
        pick(
            "\\frac{a}{b}",
            "\\sqrt{d_k",
            "{{{{",
            "}}",
            "\\begin{aligned} x &= 1 \\\\ y \\end{aligned}",
            "\\text{中文}",
            "\\left( x \\right",
            "\\unknown{x}",
            "a_",
            "^",
            "x \\\\ y",
            "$",
            "");
    return pick("$$", "$$ ", "\\[")
        + lineBreak
        + body
        + lineBreak
        + pick("$$", "", "\\]", "$")
        + lineBreak
        + lineBreak;
  }

  private String html() {
    return pick(
            "<h2 id=\"" + words(1) + "\">" + words(2) + "</h2>",
            "<h3>" + words(2) + "?</h3>",
            "<details><summary>"
                + words(2)
                + "</summary>"
                + lineBreak
                + lineBreak
                + words(3)
                + lineBreak
                + "</details>",
            "<!-- " + words(3) + " -->",
            "<!-- unclosed " + words(2),
            "<div>" + lineBreak + "<p>" + words(3),
            "<img src=\"" + words(1) + ".png\" alt=\"\">",
            "<a name=\"" + words(1) + "\"></a>",
            "<script>alert(1)</script>",
            "<!--" + lineBreak + "# hidden heading" + lineBreak + "-->")
        + lineBreak
        + lineBreak;
  }

  private String table() {
    int columns = 1 + random.nextInt(4);
    StringBuilder out = new StringBuilder(row(columns)).append(lineBreak);
    out.append("|")
        .append(pick("---|", ":--|", "--:|", ":-:|", "-|").repeat(columns))
        .append(lineBreak);
    int rows = random.nextInt(5);
    for (int i = 0; i < rows; i++) {
      out.append(row(random.nextInt(columns + 2))).append(lineBreak);
    }
    return out.append(lineBreak).toString();
  }

  private String row(int cells) {
    StringBuilder out = new StringBuilder("|");
    for (int i = 0; i < cells; i++) {
      out.append(' ').append(words(random.nextInt(3))).append(pick(" |", " \\|", " |"));
    }
    return out.toString();
  }

  private String blockQuote() {
    return ">".repeat(1 + random.nextInt(4))
        + " "
        + pick("", "- ", "# ", "$$ ")
        + words(random.nextInt(6))
        + lineBreak
        + lineBreak;
  }

  private String linkDefinition() {
    return "["
        + pick("ref", words(1), "")
        + "]: "
        + pick("http://x.y", "#a", "other.md", "<>", "")
        + pick("", " \"t\"")
        + lineBreak
        + lineBreak;
  }

  private String suppression() {
    return "<!-- qbank-lint-"
        + pick("disable", "enable", "disable-line", "disable-next-line", "disable-file")
        + pick("", " empty-answer", " no-such-rule", " *")
        + " -->"
        + lineBreak;
  }

  private String blank() {
    return pick("", lineBreak, "   " + lineBreak, "\t" + lineBreak);
  }

  /** Cuts, duplicates or splices random slices, so that blocks end in odd places. */
  private String mutate(String text) {
    if (text.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text);
    int edits = 1 + random.nextInt(5);
    for (int i = 0; i < edits && out.length() > 0; i++) {
      int at = safeIndex(out, random.nextInt(out.length()));
      int to = safeIndex(out, Math.min(out.length(), at + random.nextInt(40)));
      switch (random.nextInt(3)) {
        case 0 -> out.delete(at, to);
        case 1 -> out.insert(at, out.substring(at, to));
        default -> out.insert(at, pick(WORDS));
      }
    }
    return out.toString();
  }

  /** Moves an index off the middle of a surrogate pair, so that cuts keep the text valid UTF-16. */
  private static int safeIndex(CharSequence text, int index) {
    return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index))
        ? index - 1
        : index;
  }

  private String words(int count) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0 && random.nextInt(3) != 0) {
        out.append(' ');
      }
      out.append(pick(WORDS));
    }
    return out.toString();
  }

  private String pick(String... options) {
    return options[random.nextInt(options.length)];
  }
}
