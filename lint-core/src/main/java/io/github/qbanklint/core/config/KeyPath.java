package io.github.qbanklint.core.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a value sits in the config: the keys and list indexes leading to it, written for people as
 * {@code links.retries} or {@code conventions.questionLevels[1]}.
 */
record KeyPath(List<Object> steps) {
  static final KeyPath ROOT = new KeyPath(List.of());

  KeyPath {
    steps = List.copyOf(steps);
  }

  /** The path of a dotted key such as {@code links.acceptedStatuses}. */
  static KeyPath parse(String dotted) {
    return new KeyPath(List.of((Object[]) dotted.split("\\.")));
  }

  KeyPath key(String name) {
    return with(name);
  }

  KeyPath index(int index) {
    return with(index);
  }

  private KeyPath with(Object step) {
    List<Object> longer = new ArrayList<>(steps);
    longer.add(step);
    return new KeyPath(longer);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (Object step : steps) {
      if (step instanceof Integer index) {
        text.append('[').append(index).append(']');
      } else {
        text.append(text.isEmpty() ? "" : ".").append(step);
      }
    }
    return text.toString();
  }
}
