package io.github.qbanklint.rules.robustness;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Files built to hit worst cases: deep nesting (parser recursion), long runs of one delimiter
 * (quadratic delimiter matching), a huge line, and many headings or rows (per-element costs). The
 * benchmark times each through the CLI at full size; a test checks each completes without an
 * internal error.
 */
public final class PathologicalInputs {
  private PathologicalInputs() {}

  /**
   * How big to make the inputs. Tests shrink the three that are merely large (the long line, the
   * headings, the table) fifty times, to stay quick; nesting depths and delimiter runs, which are
   * what could overflow a stack or go quadratic, stay at full size.
   */
  public enum Size {
    FULL(1),
    TEST(50);

    private final int divisor;

    Size(int divisor) {
      this.divisor = divisor;
    }
  }

  /** Each input by file name, generated on demand. */
  public static Map<String, Supplier<String>> all(Size size) {
    int d = size.divisor;
    Map<String, Supplier<String>> inputs = new LinkedHashMap<>();
    inputs.put("single-line-10mb.md", () -> singleLine(10 * 1024 * 1024 / d));
    inputs.put("nested-quotes-100k.md", () -> ">".repeat(100_000) + " deep\n");
    inputs.put("nested-lists-3000.md", PathologicalInputs::nestedLists);
    inputs.put("dollars-1m.md", () -> "$".repeat(1_000_000) + "\n");
    inputs.put("math-braces-100k.md", () -> "$$\n" + "{".repeat(100_000) + "\n$$\n");
    inputs.put("question-headings-50k.md", () -> questionHeadings(50_000 / d));
    inputs.put("brackets-200k.md", () -> "[".repeat(200_000) + "\n");
    inputs.put("table-60k-rows.md", () -> table(60_000 / d));
    return inputs;
  }

  /** About {@code bytes} of UTF-8 on one line, mixing prose, CJK, code, math and links. */
  static String singleLine(int bytes) {
    String unit = "梯度下降 gradient descent `x_i` $\\alpha$ [link](#目录) **bold** ";
    int unitBytes = unit.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    return unit.repeat(bytes / unitBytes + 1) + "\n";
  }

  /** Each item one level deeper than the last, indented by two more spaces. */
  static String nestedLists() {
    StringBuilder out = new StringBuilder();
    for (int depth = 0; depth < 3000; depth++) {
      out.append("  ".repeat(depth)).append("- item ").append(depth).append('\n');
    }
    return out.toString();
  }

  static String questionHeadings(int count) {
    StringBuilder out = new StringBuilder("# 题库\n\n## 公司\n\n");
    for (int i = 1; i <= count; i++) {
      out.append("### ").append(i).append(". 问题 ").append(i).append(" 是什么？\n\n");
      if (i % 10 != 0) {
        out.append("答案 ").append(i).append(".\n\n");
      }
    }
    return out.toString();
  }

  static String table(int rows) {
    StringBuilder out = new StringBuilder("| # | question | answer |\n|---|---|---|\n");
    for (int i = 0; i < rows; i++) {
      out.append("| ")
          .append(i)
          .append(" | 问题 $x_")
          .append(i)
          .append("$ | [a](#q")
          .append(i)
          .append(") |\n");
    }
    return out.toString();
  }
}
