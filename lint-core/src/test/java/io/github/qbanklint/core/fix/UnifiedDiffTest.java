package io.github.qbanklint.core.fix;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

  @Test
  void equalTextsGiveNoDiff() {
    assertThat(UnifiedDiff.of("a.md", "x\ny\n", "x\ny\n")).isEmpty();
  }

  @Test
  void aChangedLineIsOneHunkWithThreeLinesOfContext() {
    String before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
    String after = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
    assertThat(UnifiedDiff.of("dir/a.md", before, after))
        .isEqualTo(
            "--- a/dir/a.md\n+++ b/dir/a.md\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n");
  }

  @Test
  void distantChangesAreSeparateHunksAndInsertionsCountCorrectly() {
    StringBuilder before = new StringBuilder();
    for (int i = 1; i <= 20; i++) {
      before.append(i).append('\n');
    }
    String after =
        before.toString().replaceFirst("\n2\n", "\n2\ntwo and a half\n").replace("\n18\n", "\n");
    assertThat(UnifiedDiff.of("a.md", before.toString(), after))
        .isEqualTo(
            "--- a/a.md\n+++ b/a.md\n"
                + "@@ -1,5 +1,6 @@\n 1\n 2\n+two and a half\n 3\n 4\n 5\n"
                + "@@ -15,6 +16,5 @@\n 15\n 16\n 17\n-18\n 19\n 20\n");
  }

  @Test
  void crlfLinesCompareByContentAndAMissingFinalNewlineIsMarked() {
    assertThat(UnifiedDiff.of("a.md", "a\r\nb\r\n", "a\r\nc"))
        .isEqualTo(
            "--- a/a.md\n+++ b/a.md\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n\\ No newline at end of file\n");
  }
}
