package io.github.qbanklint.core.anchors;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.Heading;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Heading anchors against GitHub's: every row of {@code anchors/github-slugs.tsv} is a heading of
 * one document, parsed as Markdown, so inline code, links, HTML, entities and duplicates all count.
 */
class GithubSlugConformanceTest {

  private record Row(String markdown, String expected) {}

  @Test
  void everyHeadingGetsGithubsAnchor() throws IOException {
    List<Row> rows = rows();
    assertThat(rows).hasSizeGreaterThanOrEqualTo(60);
    String text = String.join("\n\n", rows.stream().map(Row::markdown).toList()) + "\n";

    List<Heading> headings = Document.of("slugs.md", text).headings();

    assertThat(headings).hasSameSizeAs(rows);
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (!headings.get(i).slug().equals(rows.get(i).expected())) {
        mismatches.add(
            rows.get(i).markdown()
                + "  ->  "
                + headings.get(i).slug()
                + "  (GitHub: "
                + rows.get(i).expected()
                + ")");
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void slugOfIgnoresEarlierHeadingsAndSluggerCountsThem() {
    GithubSlugger slugger = new GithubSlugger();

    assertThat(slugger.slug("Step 7 - Lint & Test")).isEqualTo("step-7---lint--test");
    assertThat(slugger.slug("Step 7 - Lint & Test")).isEqualTo("step-7---lint--test-1");
    assertThat(GithubSlugger.slugOf("Step 7 - Lint & Test")).isEqualTo("step-7---lint--test");
  }

  private static List<Row> rows() throws IOException {
    try (InputStream in =
        GithubSlugConformanceTest.class.getResourceAsStream("/anchors/github-slugs.tsv")) {
      assertThat(in).as("anchors/github-slugs.tsv on the test class path").isNotNull();
      List<Row> rows = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("//")) {
          String[] cells = line.split("\t", -1);
          rows.add(new Row(cells[0], cells[1]));
        }
      }
      return rows;
    }
  }
}
