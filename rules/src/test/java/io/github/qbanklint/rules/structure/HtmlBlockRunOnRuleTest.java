package io.github.qbanklint.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Fix;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.fix.FixApplier;
import io.github.qbanklint.rules.testing.RuleFixtureTest;
import io.github.qbanklint.rules.testing.RuleHarness;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlBlockRunOnRuleTest extends RuleFixtureTest {

  private static String fixed(String text) {
    List<Fix> fixes =
        RuleHarness.lint(new HtmlBlockRunOnRule(), text).stream()
            .flatMap(f -> f.fix().stream())
            .toList();
    return FixApplier.apply(text, fixes).text();
  }

  @Test
  void underlinesTheRunOnLineText() {
    List<Finding> findings =
        RuleHarness.lint(new HtmlBlockRunOnRule(), "<h2 id=\"1\">1. Q</h2>\n  **答案**：是。  \n");

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.line()).isEqualTo(2);
              assertThat(f.column()).isEqualTo(3);
              assertThat(f.endLine()).isEqualTo(2);
              assertThat(f.endColumn()).isEqualTo(12);
              assertThat(f.message())
                  .isEqualTo(
                      "text right after the HTML heading on line 1 is shown unrendered on GitHub"
                          + " (its Markdown, links and math appear literally): insert a blank line"
                          + " after </h2>.");
            });
  }

  @Test
  void theInsertedLineBreakIsTheHeadingLinesOwn() {
    assertThat(fixed("<h2>A</h2>\r\nText.\r\n")).isEqualTo("<h2>A</h2>\r\n\r\nText.\r\n");
    assertThat(fixed("<h2>A</h2>\rText.\r")).isEqualTo("<h2>A</h2>\r\rText.\r");
    // A mixed file: the break that ends the heading's line, whatever the others are.
    assertThat(fixed("# T\n\n<h2>A</h2>\r\nText.\n")).isEqualTo("# T\n\n<h2>A</h2>\r\n\r\nText.\n");
  }

  @Test
  void theFixedTextHasNoRunOnLeft() {
    String text = "<h2>A</h2>\nText with [a link](x.md).\n<h3>B</h3>\n$x^2$\n";

    String after = fixed(text);

    // An HTML heading interrupts a paragraph, so the h3 starts a block of its own that runs on too.
    assertThat(after).isEqualTo("<h2>A</h2>\n\nText with [a link](x.md).\n<h3>B</h3>\n\n$x^2$\n");
    assertThat(Document.of("fixed.md", after).htmlRunOns()).isEmpty();
  }
}
