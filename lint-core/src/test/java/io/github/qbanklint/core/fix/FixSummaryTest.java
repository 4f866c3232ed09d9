package io.github.qbanklint.core.fix;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FixSummaryTest {
  @Test
  void saysWhatWasFixedRefusedAndLeft() {
    assertThat(new FixSummary(12, 3, 1, 0, 4).line(false))
        .isEqualTo("fixed 12 problems in 3 files; refused 1 file; 4 findings left");
  }

  @Test
  void aDryRunSaysWhatItWouldDo() {
    assertThat(new FixSummary(1, 1, 2, 0, 1).line(true))
        .isEqualTo("would fix 1 problem in 1 file; would refuse 2 files; 1 finding would be left");
  }

  @Test
  void namesUnreadableFilesAndLeavesOutARefusalThatDidNotHappen() {
    assertThat(new FixSummary(0, 0, 0, 1, 0).line(false))
        .isEqualTo("fixed 0 problems in 0 files; could not read 1 file; 0 findings left");
  }
}
