package io.github.qbanklint.core.engine;

import io.github.qbanklint.core.api.Finding;
import java.util.ArrayList;
import java.util.List;

/** One path's findings in order, each made a {@link Finding} or handed to a sink when asked. */
interface FindingListing {
  int size();

  Finding get(int i);

  void emit(int i, FindingSink sink);

  int line(int i);

  int column(int i);

  String ruleId(int i);

  /** Every finding, made an object. */
  default List<Finding> list() {
    List<Finding> list = new ArrayList<>(size());
    for (int i = 0; i < size(); i++) {
      list.add(get(i));
    }
    return list;
  }

  /** Findings held as objects, listed as they are. */
  static FindingListing of(List<Finding> findings) {
    return new FindingListing() {
      @Override
      public List<Finding> list() {
        return findings;
      }

      @Override
      public int size() {
        return findings.size();
      }

      @Override
      public Finding get(int i) {
        return findings.get(i);
      }

      @Override
      public void emit(int i, FindingSink sink) {
        sink.finding(findings.get(i));
      }

      @Override
      public int line(int i) {
        return findings.get(i).line();
      }

      @Override
      public int column(int i) {
        return findings.get(i).column();
      }

      @Override
      public String ruleId(int i) {
        return findings.get(i).ruleId();
      }
    };
  }

  /**
   * The findings of {@code first} and {@code second}, of one path, merged in {@link Finding#ORDER};
   * on a tie, {@code first}'s come first, as a stable sort of both one after the other would place
   * them. Messages are compared, as strings, only where all else is equal.
   */
  static FindingListing merged(FindingListing first, FindingListing second) {
    int size = first.size() + second.size();
    // Each merged finding as its index in first, or as -1 - its index in second.
    int[] order = new int[size];
    int i = 0;
    int j = 0;
    for (int k = 0; k < size; k++) {
      boolean fromSecond =
          i == first.size() || (j < second.size() && compare(second, j, first, i) < 0);
      order[k] = fromSecond ? -1 - j++ : i++;
    }
    return new FindingListing() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Finding get(int k) {
        return order[k] >= 0 ? first.get(order[k]) : second.get(-1 - order[k]);
      }

      @Override
      public void emit(int k, FindingSink sink) {
        if (order[k] >= 0) {
          first.emit(order[k], sink);
        } else {
          second.emit(-1 - order[k], sink);
        }
      }

      @Override
      public int line(int k) {
        return order[k] >= 0 ? first.line(order[k]) : second.line(-1 - order[k]);
      }

      @Override
      public int column(int k) {
        return order[k] >= 0 ? first.column(order[k]) : second.column(-1 - order[k]);
      }

      @Override
      public String ruleId(int k) {
        return order[k] >= 0 ? first.ruleId(order[k]) : second.ruleId(-1 - order[k]);
      }
    };
  }

  /** {@link Finding#ORDER} of two findings of the same path. */
  private static int compare(FindingListing a, int i, FindingListing b, int j) {
    int c = Integer.compare(a.line(i), b.line(j));
    if (c == 0) {
      c = Integer.compare(a.column(i), b.column(j));
    }
    if (c == 0) {
      c = a.ruleId(i).compareTo(b.ruleId(j));
    }
    return c != 0 ? c : Finding.ORDER.compare(a.get(i), b.get(j));
  }
}
