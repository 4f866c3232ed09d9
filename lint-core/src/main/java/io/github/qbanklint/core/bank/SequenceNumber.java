package io.github.qbanklint.core.bank;

import java.util.Arrays;

/**
 * A sequence number as the one number parser reads it from a heading or question ({@code 问题7} is 7,
 * {@code 4.11训练} is 4.11, {@code 第三章} is 3).
 *
 * @param prefix the marker before the number as written ({@code 问题}, {@code Q}), empty for a bare
 *     number
 * @param parts the components ({@code 1.2.3} is {@code [1, 2, 3]})
 */
public record SequenceNumber(String prefix, int[] parts) {

  public SequenceNumber {
    parts = parts.clone();
  }

  /** The last component, the one that counts within its group. */
  public int value() {
    return parts[parts.length - 1];
  }

  /** The components before the last, as a key for grouping ({@code 1.2.} for {@code 1.2.3}). */
  public String parentKey() {
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < parts.length - 1; i++) {
      key.append(parts[i]).append('.');
    }
    return key.toString();
  }

  /** Whether {@code other} continues this number one level down ({@code 3} → {@code 3.1}). */
  public boolean isExtendedBy(SequenceNumber other) {
    return other.parts.length > parts.length
        && Arrays.equals(parts, 0, parts.length, other.parts, 0, parts.length);
  }

  /** The number in dotted form: {@code 4.11}, {@code 7}. */
  public String text() {
    StringBuilder out = new StringBuilder();
    for (int part : parts) {
      if (out.length() > 0) {
        out.append('.');
      }
      out.append(part);
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SequenceNumber n
        && prefix.equals(n.prefix)
        && Arrays.equals(parts, n.parts);
  }

  @Override
  public int hashCode() {
    return prefix.hashCode() * 31 + Arrays.hashCode(parts);
  }

  @Override
  public String toString() {
    return prefix + text();
  }
}
