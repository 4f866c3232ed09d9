package io.github.qbanklint.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.bank.BankConventions;
import io.github.qbanklint.core.bank.BankModel;
import io.github.qbanklint.core.bank.BankModelBuilder;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.rules.BuiltInRules;
import io.github.qbanklint.rules.testing.RuleHarness;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The structure and toc rules give no finding on correct banks of every supported convention. */
class ConventionFixturesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/answers/empty-answer/details.md",
        "/answers/empty-answer/negative-code-and-numbering.md",
        "/structure/conventions/html-id-questions.md"
      })
  void correctBanksGiveNoStructureOrTocFinding(String fixture) throws IOException {
    String text = read(fixture).replaceAll("<!--\\s*expect[^>]*-->", "");
    List<Finding> findings = new ArrayList<>();
    for (Rule rule : structureAndTocRules()) {
      findings.addAll(RuleHarness.lint(rule, text));
    }
    assertThat(findings).isEmpty();
  }

  @Test
  void htmlIdBankIsReadAsThreeQuestionsWithATableOfContents() throws IOException {
    Document document = Document.of("bank.md", read("/structure/conventions/html-id-questions.md"));
    BankModel bank = new BankModelBuilder(BankConventions.defaults()).modelOf(document);
    assertThat(bank.questions()).hasSize(3);
    assertThat(bank.toc()).isPresent();
    assertThat(bank.toc().get().entries()).hasSize(5);
  }

  private static List<Rule> structureAndTocRules() {
    List<Rule> rules =
        new BuiltInRules()
            .rules().stream()
                .filter(r -> List.of("structure", "toc").contains(r.meta().family()))
                .toList();
    assertThat(rules).hasSize(10);
    return rules;
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = ConventionFixturesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
