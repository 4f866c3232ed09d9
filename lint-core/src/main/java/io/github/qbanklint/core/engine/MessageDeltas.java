package io.github.qbanklint.core.engine;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Findings' messages in a cache entry, each as an edit of the previous message of the same rule:
 * the lengths of the prefix and suffix it shares with that one, and the text between. A rule's
 * messages differ mostly in what they quote ("'…' has no answer: write one under the heading, …"),
 * so the entry keeps each template once, and deflate, whose time grows with its input, gets a
 * fraction of the text. One instance writes or reads one entry's findings, in order.
 */
final class MessageDeltas {
  private static final Range NONE = new Range(0, 0);

  /** Where a message is in the column it was read into. */
  record Range(int from, int to) {}

  private final Map<String, String> previousByRule = new HashMap<>();
  private final Map<String, Range> previousRangeByRule = new HashMap<>();

  void write(CompactOutput out, String rule, String message) {
    String previous = previousByRule.getOrDefault(rule, "");
    int shorter = Math.min(previous.length(), message.length());
    int prefix = 0;
    while (prefix < shorter && previous.charAt(prefix) == message.charAt(prefix)) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < shorter - prefix
        && previous.charAt(previous.length() - 1 - suffix)
            == message.charAt(message.length() - 1 - suffix)) {
      suffix++;
    }
    out.writeInt(prefix);
    out.writeInt(suffix);
    out.writeString(message.substring(prefix, message.length() - suffix));
    previousByRule.put(rule, message);
  }

  /**
   * Reads the next message of {@code rule} into {@code out}, as it is stored (see {@link
   * CachedText}), and returns where it is there: a report copies those bytes, and no string is made
   * of them. The same message again is the previous one's range.
   */
  Range read(CompactInput in, String rule, ByteColumn out) throws IOException {
    Range previous = previousRangeByRule.getOrDefault(rule, NONE);
    int prefix = in.readInt();
    int suffix = in.readInt();
    byte[] bytes = out.bytes();
    int prefixEnd = afterChars(bytes, previous.from(), previous.to(), prefix);
    int suffixStart = beforeChars(bytes, previous.from(), previous.to(), suffix);
    if (prefixEnd > suffixStart) {
      throw new IOException("a message refers past the previous one");
    }
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

  /** Where the {@code count} characters from {@code from} end, within {@code to}. */
  private static int afterChars(byte[] bytes, int from, int to, int count) throws IOException {
    int at = from;
    for (int i = 0; i < count; i++) {
      if (at >= to) {
        throw new IOException("a message refers past the previous one");
      }
      int b = bytes[at] & 0xFF;
      at += b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : 3;
    }
    if (at > to || count < 0) {
      throw new IOException("a message refers past the previous one");
    }
    return at;
  }

  /** Where the last {@code count} characters before {@code to} start, within {@code from}. */
  private static int beforeChars(byte[] bytes, int from, int to, int count) throws IOException {
    if (count < 0) {
      throw new IOException("a message refers past the previous one");
    }
    int at = to;
    for (int i = 0; i < count; i++) {
      do {
        if (--at < from) {
          throw new IOException("a message refers past the previous one");
        }
      } while ((bytes[at] & 0xC0) == 0x80);
    }
    return at;
  }
}
