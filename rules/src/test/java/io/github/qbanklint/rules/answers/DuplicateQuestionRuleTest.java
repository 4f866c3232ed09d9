package io.github.qbanklint.rules.answers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.rules.testing.RuleFixtureTest;
import io.github.qbanklint.rules.testing.RuleHarness;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class DuplicateQuestionRuleTest extends RuleFixtureTest {
  private static final String BANK =
      """
      # Bank

      ### 问题1：什么是梯度消失？

      反向传播时梯度逐层变小。

      ### 问题2：在大规模预训练语言模型的微调过程中，如何避免灾难性遗忘并保持模型的通用能力？

      混合通用数据一起训练。

      ### 问题3：在大规模预训练语言模型的微调过程中，如何避免灾难性遗忘并保持模型的通用能力呢？

      冻结底层参数。
      """;

  @TestFactory
  Stream<DynamicTest> workspaces() {
    return workspaceFixtures("workspace", "workspace-file-scope");
  }

  @Test
  void exactDuplicatesHaveTheRulesSeverityAndNearOnesOneStepLower() {
    for (Severity severity : Severity.values()) {
      List<Finding> findings =
          RuleHarness.run(
                  new DuplicateQuestionRule(),
                  "rules:\n  duplicate-question: " + severity.id() + "\n",
                  List.of(Document.of("a.md", BANK), Document.of("b.md", BANK)))
              .findings();
      assertThat(findings)
          .filteredOn(f -> f.message().contains("is asked"))
          .hasSize(6)
          .allSatisfy(f -> assertThat(f.severity()).isEqualTo(severity));
      assertThat(findings)
          .filteredOn(f -> f.message().contains("nearly the same"))
          .hasSize(4)
          .allSatisfy(f -> assertThat(f.severity()).isEqualTo(severity.milder()));
    }
  }

  @Test
  void otherLocationsArePathsRelativeToTheFolderOfTheReportedFile() {
    List<Finding> findings =
        RuleHarness.run(
                new DuplicateQuestionRule(),
                "rules:\n  duplicate-question:\n    near: false\n",
                List.of(Document.of("zh/bank.md", BANK), Document.of("zh/more/bank.md", BANK)))
            .findings();
    assertThat(findings)
        .filteredOn(f -> f.path().equals("zh/bank.md") && f.line() == 3)
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("also at more/bank.md:3;"));
    assertThat(findings)
        .filteredOn(f -> f.path().equals("zh/more/bank.md") && f.line() == 3)
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("also at ../bank.md:3;"));
  }

  @Test
  void locationsPastTheNamedOnesNameTheOthersRelativeToTheirOwnFolder() {
    List<Document> copies = new ArrayList<>();
    for (String path : List.of("a1.md", "a2.md", "a3.md", "a4.md", "sub/b1.md", "sub/b2.md")) {
      copies.add(Document.of(path, BANK));
    }
    List<Finding> findings =
        RuleHarness.run(
                new DuplicateQuestionRule(),
                "rules:\n  duplicate-question:\n    near: false\n",
                copies)
            .findings();

    assertThat(findings)
        .filteredOn(f -> f.line() == 3)
        .extracting(f -> f.path() + ": " + f.message().replaceAll("^.* also at |;.*$", ""))
        .containsExactly(
            "a1.md: a2.md:3, a3.md:3, a4.md:3 and 2 more",
            "a2.md: a1.md:3, a3.md:3, a4.md:3 and 2 more",
            "a3.md: a1.md:3, a2.md:3, a4.md:3 and 2 more",
            "a4.md: a1.md:3, a2.md:3, a3.md:3 and 2 more",
            "sub/b1.md: ../a1.md:3, ../a2.md:3, ../a3.md:3 and 2 more",
            "sub/b2.md: ../a1.md:3, ../a2.md:3, ../a3.md:3 and 2 more");
  }

  @Test
  void aQuestionAskedInTwoHundredFilesGivesOneFindingPerLocationNamingThreeOthers() {
    List<Document> copies = new ArrayList<>();
    for (int i = 100; i < 300; i++) {
      copies.add(Document.of("bank-" + i + ".md", BANK));
    }
    List<Finding> findings = RuleHarness.run(new DuplicateQuestionRule(), "", copies).findings();

    List<Finding> exact =
        findings.stream().filter(f -> f.message().contains("is asked 200 times")).toList();
    assertThat(exact).hasSize(3 * 200);
    assertThat(exact)
        .filteredOn(f -> f.path().equals("bank-100.md") && f.line() == 3)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("also at bank-101.md:3, bank-102.md:3, bank-103.md:3 and 196 more;"));
    List<Finding> near =
        findings.stream().filter(f -> f.message().contains("nearly the same")).toList();
    assertThat(near).hasSize(2 * 200);
    assertThat(near)
        .filteredOn(f -> f.path().equals("bank-100.md") && f.line() == 7)
        .singleElement()
        .satisfies(
            f -> assertThat(f.message()).contains("as bank-100.md:11 '").contains("and 197 more:"));
  }
}
