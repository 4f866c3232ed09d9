package io.github.qbanklint.core.engine;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Findings' messages in a cache entry, each as an edit of the previous message of the same rule:
 * the lengths in bytes (as {@link CachedText} stores text) of the prefix and suffix it shares with
 * that one, then the text between, or, when the two texts between share a run of {@value
 * #MIN_SHARED} characters or more, the text before that run, where the run is in the previous
 * message and the text after it. A rule's messages differ mostly in what they quote ("'…' has no
 * answer: write one under the heading, …", "'**…：**' does not render as bold …; write '**…**：'"),
 * so the entry keeps each template once: a third less to inflate and read for a warm run. One
 * instance writes or reads one entry's findings, in order.
 */
final class MessageDeltas {
  private static final Range NONE = new Range(0, 0);

  /** The characters looked up from the middle of the previous message's text between. */
  private static final int PROBE = 8;

  /** A shared run shorter than this is written out: a reference costs a few bytes. */
  private static final int MIN_SHARED = 16;

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
    writeBetween(out, message, before, prefix, beforeLength - suffix, chars, length - suffix);
    current = before;
    previous.chars = chars;
    previous.length = length;
  }

  /**
   * What lies between the shared prefix and suffix, {@code before[from, beforeEnd)} and {@code
   * chars[from, end)}: the length of a run they share (0 when none is worth referring to), then the
   * run's offset in the previous text between and the current text around the run, or else the
   * current text between.
   */
  private static void writeBetween(
      CompactOutput out,
      String message,
      char[] before,
      int from,
      int beforeEnd,
      char[] chars,
      int end) {
    int probe = from + (beforeEnd - from - PROBE) / 2;
    int at = beforeEnd - from < PROBE ? -1 : find(before, probe, chars, from, end);
    if (at >= 0) {
      int start = 0;
      while (probe - start > from
          && at - start > from
          && before[probe - start - 1] == chars[at - start - 1]) {
        start++;
      }
      int run = start + PROBE;
      while (probe - start + run < beforeEnd
          && at - start + run < end
          && before[probe - start + run] == chars[at - start + run]) {
        run++;
      }
      if (run >= MIN_SHARED) {
        int runStart = probe - start;
        out.writeInt(storedLength(before, runStart, runStart + run));
        out.writeInt(storedLength(before, from, runStart));
        out.writeString(message.substring(from, at - start));
        out.writeString(message.substring(at - start + run, end));
        return;
      }
    }
    out.writeInt(0);
    out.writeString(message.substring(from, end));
  }

  /**
   * Where in {@code chars[from, end)} the {@value #PROBE} characters of {@code before} at {@code
   * probe} first occur, or -1.
   */
  private static int find(char[] before, int probe, char[] chars, int from, int end) {
    char first = before[probe];
    for (int i = from; i + PROBE <= end; i++) {
      if (chars[i] == first
          && Arrays.mismatch(before, probe, probe + PROBE, chars, i, i + PROBE) < 0) {
        return i;
      }
    }
    return -1;
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
    int shared = in.readInt();
    byte[] bytes = out.bytes();
    int start = out.size();
    out.write(bytes, previous.from(), prefixEnd);
    if (shared == 0) {
      in.readStringTo(out);
      if (out.size() == start + prefixEnd - previous.from() && prefixEnd == suffixStart) {
        out.truncate(start);
        return previous; // nothing between: the same message again
      }
    } else {
      int offset = in.readInt();
      if (shared < 0 || offset < 0 || offset > suffixStart - prefixEnd - shared) {
        throw new IOException("a message refers past the previous one");
      }
      in.readStringTo(out);
      out.write(bytes, prefixEnd + offset, prefixEnd + offset + shared);
      in.readStringTo(out);
    }
    out.write(bytes, suffixStart, previous.to());
    Range message = new Range(start, out.size());
    previousRangeByRule.put(rule, message);
    return message;
  }
}
