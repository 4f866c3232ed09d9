package io.github.qbanklint.rules.math;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.document.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which formulas each profile finds, and that every character maps back to its place in the file.
 */
class MathSpanExtractorTest {

  private static List<MathSpan> spans(String text, MathProfile profile) {
    return MathSpans.of(Document.of("t.md", text), profile).spans();
  }

  private static List<String> tex(String text, MathProfile profile) {
    return spans(text, profile).stream().map(MathSpan::tex).toList();
  }

  private static void assertOffsetsMapToSource(String text, MathProfile profile) {
    for (MathSpan span : spans(text, profile)) {
      for (int i = 0; i < span.tex().length(); i++) {
        char c = span.tex().charAt(i);
        if (c != '\n') {
          assertThat(text.charAt(span.offset(i))).as("char %d of %s", i, span.tex()).isEqualTo(c);
        }
      }
    }
  }

  @Test
  void githubFindsDollarDoubleDollarBacktickAndFence() {
    String text = "a $x$ b $$y$$ c $`z^2`$ d\n\n```math\nw\n```\n";
    assertThat(tex(text, MathProfile.GITHUB)).containsExactly("x", "y", "z^2", "w");
    assertThat(spans(text, MathProfile.GITHUB).get(1).display()).isTrue();
  }

  @Test
  void currencyAndShellAreNotMath() {
    for (String text :
        List.of(
            "It costs $5 and $10 total.",
            "价格$5到$10之间",
            "US$100",
            "Set $HOME now",
            "\\$5 and \\$10",
            "$10-$20")) {
      assertThat(tex(text, MathProfile.GITHUB)).as(text).isEmpty();
      assertThat(tex(text, MathProfile.VSCODE)).as(text).isEmpty();
    }
  }

  @Test
  void profilesDifferAsTheVerifiedParsersDo() {
    assertThat(tex("It costs $5 and $10 total.", MathProfile.REMARK)).containsExactly("5 and ");
    assertThat(tex("a $x $ b", MathProfile.PANDOC)).isEmpty();
    assertThat(tex("a$x$b", MathProfile.VSCODE)).isEmpty();
    assertThat(tex("a$x$b", MathProfile.PANDOC)).containsExactly("x");
    assertThat(tex("$`x^2`$", MathProfile.PANDOC)).containsExactly("`x^2`");
    assertThat(spans("a $$x$$ b", MathProfile.REMARK).get(0).display()).isFalse();
  }

  @Test
  void nothingInsideCodeHtmlOrLinkDestinations() {
    String text =
        "`$x$` <b title=\"$y$\">t</b> [l](http://e.com/$z$) ![i]($w$.png) $v$\n\n    $u$\n";
    assertThat(tex(text, MathProfile.GITHUB)).containsExactly("v");
  }

  @Test
  void workFromSourceTextEvenWhereMarkdownMadeEmphasis() {
    assertThat(tex("$\\bar{x}_{i} + \\bar{y}_{j}$ and $\\{a\\}$", MathProfile.GITHUB))
        .containsExactly("\\bar{x}_{i} + \\bar{y}_{j}", "\\{a\\}");
  }

  @Test
  void offsetsAreExactWithCrlfTabsAstralCharactersAndContainers() {
    String text =
        "# 𝐀 $a^{𝐁}$\r\n\r\n> quoted $b\r\n> x\t+ c$ 😀 $d$\r\n\r\n- item\t$e_1$\r\n\r\n"
            + "| h | $f$ |\r\n|---|---|\r\n| $g$ | 𝐂 $h$ |\r\n\r\n```math\r\n\\frac{1}{2}\r\n```\r\n";
    for (MathProfile profile : MathProfile.values()) {
      assertOffsetsMapToSource(text, profile);
    }
    assertThat(tex(text, MathProfile.GITHUB))
        .containsExactly("a^{𝐁}", "b\nx\t+ c", "d", "e_1", "f", "g", "h", "\\frac{1}{2}");
  }

  @Test
  void anUnclosedDoubleDollarIsOneProblemAndDoesNotSwallowTheRest() {
    MathSpans found =
        MathSpans.of(Document.of("t.md", "$$\nx = 1\n\nNext $y$ and $z$.\n"), MathProfile.GITHUB);
    assertThat(found.problems()).hasSize(1);
    assertThat(found.spans()).extracting(MathSpan::tex).containsExactly("y", "z");
  }
}
