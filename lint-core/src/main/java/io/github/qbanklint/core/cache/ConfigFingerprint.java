package io.github.qbanklint.core.cache;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A hash of the effective configuration, stable across runs: records by their components, maps and
 * sets sorted (their iteration order changes from one run to the next), lists in order. A value of
 * a class that is neither throws, so a new kind of setting cannot slip out of the hash unnoticed.
 */
public final class ConfigFingerprint {
  private ConfigFingerprint() {}

  /** The fingerprint of {@code parts}: configuration values, rule settings, file contents. */
  public static String of(List<?> parts) {
    return Hashes.hex(Hashes.sha256(canonical(parts)));
  }

  static String canonical(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String s) {
      return quoted(s);
    }
    if (value instanceof Number || value instanceof Boolean || value instanceof Enum<?>) {
      return value.getClass().getSimpleName() + ":" + value;
    }
    if (value instanceof Path p) {
      return "path:" + quoted(p.toString());
    }
    if (value instanceof byte[] bytes) {
      return "bytes:" + Hashes.hex(Hashes.sha256(bytes));
    }
    if (value instanceof Optional<?> o) {
      return o.map(v -> "some(" + canonical(v) + ")").orElse("none");
    }
    if (value instanceof Map<?, ?> map) {
      return "{"
          + String.join(
              ",",
              map.entrySet().stream()
                  .map(e -> canonical(e.getKey()) + "=" + canonical(e.getValue()))
                  .sorted()
                  .toList())
          + "}";
    }
    if (value instanceof Set<?> set) {
      return "set["
          + String.join(",", set.stream().map(ConfigFingerprint::canonical).sorted().toList())
          + "]";
    }
    if (value instanceof Collection<?> list) {
      return "[" + String.join(",", list.stream().map(ConfigFingerprint::canonical).toList()) + "]";
    }
    if (value instanceof Record record) {
      return record(record);
    }
    throw new IllegalArgumentException("no stable fingerprint for a " + value.getClass().getName());
  }

  private static String record(Record record) {
    StringBuilder text = new StringBuilder(record.getClass().getSimpleName()).append('(');
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      try {
        component.getAccessor().setAccessible(true);
        text.append(component.getName())
            .append('=')
            .append(canonical(component.getAccessor().invoke(record)))
            .append(';');
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalArgumentException("cannot read " + component, e);
      }
    }
    return text.append(')').toString();
  }

  private static String quoted(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
