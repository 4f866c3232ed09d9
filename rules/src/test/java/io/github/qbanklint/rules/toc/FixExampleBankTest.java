package io.github.qbanklint.rules.toc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.bank.BankConventions;
import io.github.qbanklint.core.bank.BankModelBuilder;
import io.github.qbanklint.core.bank.Toc;
import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.engine.RuleRegistry;
import io.github.qbanklint.core.fix.FixRunner;
import io.github.qbanklint.rules.BuiltInRules;
import io.github.qbanklint.rules.structure.BrokenEmphasisRule;
import io.github.qbanklint.rules.testing.ExampleBank;
import io.github.qbanklint.rules.testing.RuleHarness;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fix runner with the built-in rules on a copy of the example bank, as `qbank-lint fix` runs
 * it.
 */
class FixExampleBankTest {
  private static final RuleRegistry REGISTRY = new RuleRegistry(new BuiltInRules().rules());

  @TempDir Path dir;

  private Path copyOfBank() throws IOException {
    Path bank = dir.resolve("README.md");
    Files.copy(ExampleBank.path(), bank);
    return bank;
  }

  private List<FixRunner.FileResult> fix(Path file, Predicate<String> rules) {
    return new FixRunner(REGISTRY, Config.defaults(), rules).run(List.of(file), dir, false);
  }

  private static Predicate<String> family(String family) {
    Set<String> ids =
        REGISTRY.all().stream()
            .filter(r -> r.meta().family().equals(family))
            .map(Rule::id)
            .collect(Collectors.toSet());
    return ids::contains;
  }

  @Test
  void fixTocChangesOnlyTheTableLeavesNoTocFindingAndIsIdempotent() throws IOException {
    Path bank = copyOfBank();
    byte[] original = Files.readAllBytes(bank);
    Toc toc = tocOf(new String(original, StandardCharsets.UTF_8));

    assertThat(fix(bank, family("toc")))
        .singleElement()
        .satisfies(r -> assertThat(r.status()).isEqualTo(FixRunner.Status.FIXED));

    byte[] fixed = Files.readAllBytes(bank);
    int prefix = utf8Length(original, toc.listStart());
    int suffix = original.length - utf8Length(original, toc.listEnd());
    assertThat(Arrays.copyOfRange(fixed, 0, prefix))
        .isEqualTo(Arrays.copyOfRange(original, 0, prefix));
    assertThat(Arrays.copyOfRange(fixed, fixed.length - suffix, fixed.length))
        .isEqualTo(Arrays.copyOfRange(original, original.length - suffix, original.length));
    assertThat(ExampleBankTocTest.tocFindings(Files.readString(bank))).isEmpty();

    assertThat(fix(bank, family("toc")))
        .singleElement()
        .satisfies(r -> assertThat(r.status()).isEqualTo(FixRunner.Status.UNCHANGED));
    assertThat(Files.readAllBytes(bank)).isEqualTo(fixed);
  }

  @Test
  void fixAllChangesOnlyTheTableAndTheBrokenBoldLinesAndIsIdempotent() throws IOException {
    Path bank = copyOfBank();
    String original = Files.readString(bank);
    Toc toc = tocOf(original);
    Set<Integer> brokenBoldLines =
        RuleHarness.lint(new BrokenEmphasisRule(), original).stream()
            .map(Finding::line)
            .collect(Collectors.toSet());

    fix(bank, id -> true);

    String fixed = Files.readString(bank);
    assertThat(fixed).startsWith(original.substring(0, toc.listStart()));
    // Line by line after the table (fixes there add no lines): only broken-bold lines differ.
    // Index 0 is the rest of the table's last line, which the regenerated table replaces.
    int tableLastLine = (int) original.substring(0, toc.listEnd()).lines().count();
    List<String> originalTail = original.substring(toc.listEnd()).lines().toList();
    List<String> fixedLines = fixed.lines().toList();
    List<String> fixedTail =
        fixedLines.subList(fixedLines.size() - originalTail.size(), fixedLines.size());
    int changed = 0;
    for (int i = 1; i < originalTail.size(); i++) {
      if (!originalTail.get(i).equals(fixedTail.get(i))) {
        assertThat(brokenBoldLines).contains(tableLastLine + i);
        changed++;
      }
    }
    assertThat(changed).isEqualTo(brokenBoldLines.size());
    assertThat(RuleHarness.lint(new BrokenEmphasisRule(), fixed)).isEmpty();

    assertThat(fix(bank, id -> true))
        .singleElement()
        .satisfies(r -> assertThat(r.status()).isEqualTo(FixRunner.Status.UNCHANGED));
  }

  @Test
  void dryRunLeavesTheBankAndDescribesTheTableChange() throws IOException {
    Path bank = copyOfBank();
    byte[] original = Files.readAllBytes(bank);

    List<FixRunner.FileResult> results =
        new FixRunner(REGISTRY, Config.defaults(), family("toc")).run(List.of(bank), dir, true);

    assertThat(Files.readAllBytes(bank)).isEqualTo(original);
    assertThat(results)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.status()).isEqualTo(FixRunner.Status.WOULD_FIX);
              assertThat(r.diff())
                  .startsWith("--- a/README.md\n+++ b/README.md\n@@ -")
                  .contains("\n-- [8.Cver整理](#8.Cver整理)\n", "\n+- [8.CVer整理](#8.CVer整理)\n")
                  .contains("\n-  - 介绍YOLOv4-YOLOv8\n");
            });
  }

  private static int utf8Length(byte[] bytes, int chars) {
    return new String(bytes, StandardCharsets.UTF_8)
        .substring(0, chars)
        .getBytes(StandardCharsets.UTF_8)
        .length;
  }

  private static Toc tocOf(String text) {
    return new BankModelBuilder(BankConventions.defaults())
        .modelOf(Document.of("README.md", text))
        .toc()
        .orElseThrow();
  }
}
