package io.github.qbanklint.core.git;

import io.github.qbanklint.core.api.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The findings that staged changes introduce in files they do not touch: those a lint of the index
 * has and a lint of {@code HEAD} has not. An untouched file has the same content in both, so rule,
 * path and range identify a finding; the message is left out because it may name the changed files
 * (a new "did you mean" for an anchor that was already broken).
 */
final class IntroducedFindings {
  private IntroducedFindings() {}

  /** A finding without its message and severity. */
  private record Key(String ruleId, String path, int line, int column, int endLine, int endColumn) {
    static Key of(Finding f) {
      return new Key(f.ruleId(), f.path(), f.line(), f.column(), f.endLine(), f.endColumn());
    }
  }

  /**
   * @param inIndex the findings of the index's workspace
   * @param inHead the findings of {@code HEAD}'s workspace
   * @param touched the paths the index changes, whose findings are reported in full elsewhere
   */
  static List<Finding> of(List<Finding> inIndex, List<Finding> inHead, Set<String> touched) {
    Map<Key, Integer> already = new HashMap<>();
    inHead.forEach(f -> already.merge(Key.of(f), 1, Integer::sum));
    List<Finding> introduced = new ArrayList<>();
    for (Finding f : inIndex) {
      if (touched.contains(f.path())) {
        continue;
      }
      Integer left = already.computeIfPresent(Key.of(f), (k, n) -> n - 1);
      if (left == null || left < 0) {
        introduced.add(f);
      }
    }
    return introduced;
  }
}
