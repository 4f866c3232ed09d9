package io.github.qbanklint.rules.answers;

/**
 * A map from int to a positive int in two arrays (open addressing, linear probing), for the
 * hundreds of thousands of 3-grams that start the question keys of a large workspace: boxed keys in
 * a {@code HashMap} cost several times as much in the workspace phase of a run. A value of 0 means
 * absent.
 */
final class IntTable {
  private int[] keys;
  private int[] values;
  private int size;

  /** A table that holds {@code expected} keys before it grows. */
  IntTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, 2 * expected - 1)) * 2;
    keys = new int[capacity];
    values = new int[capacity];
  }

  /** The value of {@code key}, 0 when absent. */
  int get(int key) {
    int mask = keys.length - 1;
    for (int slot = slotOf(key, mask); ; slot = (slot + 1) & mask) {
      if (values[slot] == 0 || keys[slot] == key) {
        return values[slot];
      }
    }
  }

  /** Sets the value of {@code key}, which must be positive. */
  void put(int key, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException("values are positive");
    }
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int slot = slotOf(key, mask);
    while (values[slot] != 0 && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    if (values[slot] == 0) {
      size++;
    }
    keys[slot] = key;
    values[slot] = value;
  }

  private void grow() {
    int[] oldKeys = keys;
    int[] oldValues = values;
    keys = new int[oldKeys.length * 2];
    values = new int[oldValues.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldValues[i] != 0) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }

  private static int slotOf(int key, int mask) {
    int h = key * 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }
}
