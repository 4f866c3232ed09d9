package io.github.qbanklint.core.api;

import java.util.BitSet;
import java.util.List;

/**
 * HTTP status lists as config files write them: codes ({@code 403}) and ranges ({@code 200-299}).
 */
final class StatusRanges {
  private StatusRanges() {}

  static BitSet parse(List<String> entries) {
    BitSet statuses = new BitSet(600);
    for (String entry : entries) {
      String[] bounds = entry.trim().split("\\s*-\\s*", 2);
      try {
        int from = Integer.parseInt(bounds[0]);
        int to = bounds.length == 2 ? Integer.parseInt(bounds[1]) : from;
        if (from < 100 || to > 599 || from > to) {
          throw new NumberFormatException();
        }
        statuses.set(from, to + 1);
      } catch (NumberFormatException e) {
        throw new SettingException(
            "links.acceptedStatuses",
            "'" + entry + "' is not a status (100-599) or a range like 200-299");
      }
    }
    return statuses;
  }
}
