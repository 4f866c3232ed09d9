package io.github.qbanklint.rules.docs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering of ARCHITECTURE.md: lint-core knows no rule; rules use only core's API. */
class LayeringTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.qbanklint");

  @Test
  void coreKnowsNoRule() {
    noClasses()
        .that()
        .resideInAPackage("io.github.qbanklint.core..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.qbanklint.rules..")
        .check(CLASSES);
  }

  @Test
  void rulesUseOnlyTheCoreApi() {
    noClasses()
        .that()
        .resideInAPackage("io.github.qbanklint.rules..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.github.qbanklint.core.engine..",
            "io.github.qbanklint.core.config..",
            "io.github.qbanklint.core.report..",
            "io.github.qbanklint.core.fix..",
            "io.github.qbanklint.core.remote..",
            "io.github.qbanklint.core.baseline..",
            "io.github.qbanklint.core.git..",
            "io.github.qbanklint.cli..",
            "io.github.qbanklint.maven..")
        .check(CLASSES);
  }
}
