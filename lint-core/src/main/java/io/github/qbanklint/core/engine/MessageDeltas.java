package io.github.qbanklint.core.engine;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Findings' messages in a cache entry, each as an edit of the previous message of the same rule:
 * the lengths in bytes (as {@link CachedText} stores text) of the prefix and suffix it shares with
 * that one, and the text between. A rule's messages differ mostly in what they quote ("'…' has no
 * answer: write one under the heading, …"), so the entry keeps each template once, and deflate,
 * whose time grows with its input, gets a fraction of the text. One instance writes or reads one
 * entry's findings, in order.
 */
final class MessageDeltas {
  private static final Range NONE = new Range(0, 0);

  /** Where a message is in the column it was read into. */
  record Range(int from, int to) {}

  private final Map<String, Previous> previousByRule = new HashMap<>();
  private final Map<String, Range> previousRangeByRule = new HashMap<>();

  /** The characters of the message being written; swapped with its rule's previous ones after. */
  private char[] current = new char[64];

  /** A rule's previous message, as characters: under C1, charAt is a bounds-checked call. */
  private static final class Previous {
    char[] chars = new char[0];
    int length;
  }

  void write(CompactOutput out, String rule, String message) {
    Previous previous = previousByRule.computeIfAbsent(rule, r -> new Previous());
    int length = message.length();
    if (current.length < length) {
      current = new char[Math.max(2 * current.length, length)];
    }
    char[] chars = current;
    message.getChars(0, length, chars, 0);
    char[] before = previous.chars;
    int beforeLength = previous.length;
    int shorter = Math.min(beforeLength, length);
    int prefix = Arrays.mismatch(before, 0, shorter, chars, 0, shorter);
    if (prefix < 0) {
      prefix = shorter;
    }
    int suffix = 0;
    while (suffix < shorter - prefix
        && before[beforeLength - 1 - suffix] == chars[length - 1 - suffix]) {
      suffix++;
    }
    out.writeInt(storedLength(chars, 0, prefix));
    out.writeInt(storedLength(chars, length - suffix, length));
    out.writeString(message.substring(prefix, length - suffix));
    current = before;
    previous.chars = chars;
    previous.length = length;
  }

  /** The bytes that characters {@code from} to {@code to} of {@code chars} are stored in. */
  private static int storedLength(char[] chars, int from, int to) {
    int length = 0;
    for (int i = from; i < to; i++) {
      char c = chars[i];
      length += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    return length;
  }

  /**
   * Reads the next message of {@code rule} into {@code out}, as it is stored (see {@link
   * CachedText}), and returns where it is there: a report copies those bytes, and no string is made
   * of them. The same message again is the previous one's range.
   */
  Range read(CompactInput in, String rule, ByteColumn out) throws IOException {
    Range previous = previousRangeByRule.getOrDefault(rule, NONE);
    int prefixEnd = previous.from() + in.readInt();
    int suffixStart = previous.to() - in.readInt();
    if (prefixEnd < previous.from() || suffixStart > previous.to() || prefixEnd > suffixStart) {
      throw new IOException("a message refers past the previous one");
    }
    byte[] bytes = out.bytes();
    int start = out.size();
    out.write(bytes, previous.from(), prefixEnd);
    in.readStringTo(out);
    if (out.size() == start + prefixEnd - previous.from() && prefixEnd == suffixStart) {
      out.truncate(start);
      return previous; // nothing between: the same message again
    }
    out.write(bytes, suffixStart, previous.to());
    Range message = new Range(start, out.size());
    previousRangeByRule.put(rule, message);
    return message;
  }
}
