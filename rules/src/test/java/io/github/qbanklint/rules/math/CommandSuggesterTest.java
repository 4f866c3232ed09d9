package io.github.qbanklint.rules.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandSuggesterTest {
  @Test
  void aTieGoesToTheFirstNameInSortedOrderWhateverTheOrderOfTheNames() {
    List<String> names = new ArrayList<>(List.of("\\Re", "\\R", "\\Nu", "\\N", "\\alpha"));
    for (int rotation = 0; rotation < names.size(); rotation++) {
      Collections.rotate(names, 1);
      assertThat(CommandSuggester.closest("\\RR", names)).as("order %s", names).hasValue("\\R");
      assertThat(CommandSuggester.closest("\\NN", names)).as("order %s", names).hasValue("\\N");
      Collections.reverse(names);
      assertThat(CommandSuggester.closest("\\RR", names)).as("order %s", names).hasValue("\\R");
      Collections.reverse(names);
    }
  }

  @Test
  void aNameTooFarFromEveryKnownOneHasNoSuggestion() {
    assertThat(CommandSuggester.closest("\\zzzzzz", List.of("\\alpha", "\\beta"))).isEmpty();
    assertThat(CommandSuggester.closest("\\alpah", List.of("\\alpha", "\\beta")))
        .hasValue("\\alpha");
  }
}
