package io.github.qbanklint.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The CLI parses options, calls the engine and prints: it holds no checking logic. */
class CliLayeringTest {
  private static final JavaClasses CLI =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.qbanklint.cli");

  @Test
  void cliDefinesNoRuleAndReadsNoDocumentTree() {
    noClasses()
        .that()
        .resideInAPackage("io.github.qbanklint.cli..")
        .should()
        .implement(io.github.qbanklint.core.api.Rule.class)
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage("org.commonmark..", "io.github.qbanklint.rules..")
        .check(CLI);
  }
}
