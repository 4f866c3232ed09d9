package io.github.qbanklint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.qbanklint.core.api.Severity;
import org.junit.jupiter.api.Test;

class FailOnTest {

  @Test
  void mapsEachLevelToItsThresholdAndNoneToNever() {
    assertThat(FailOn.parse("error").threshold()).contains(Severity.ERROR);
    assertThat(FailOn.parse(" Warning ").threshold()).contains(Severity.WARNING);
    assertThat(FailOn.parse("INFO").threshold()).contains(Severity.INFO);
    assertThat(FailOn.parse("none").threshold()).isEmpty();
  }

  @Test
  void rejectsAnUnknownLevelListingTheKnownOnes() {
    assertThatThrownBy(() -> FailOn.parse("errors"))
        .hasMessage(
            "failOn must be one of error, warning, info, none, not 'errors'; did you mean"
                + " 'error'?");
    assertThatThrownBy(() -> FailOn.parse("often"))
        .hasMessage("failOn must be one of error, warning, info, none, not 'often'");
  }
}
