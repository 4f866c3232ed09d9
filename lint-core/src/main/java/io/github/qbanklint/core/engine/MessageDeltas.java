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
  private final Map<String, String> previousByRule = new HashMap<>();

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

  String read(CompactInput in, String rule) throws IOException {
    String previous = previousByRule.getOrDefault(rule, "");
    int prefix = in.readInt();
    int suffix = in.readInt();
    if (prefix < 0 || suffix < 0 || prefix > previous.length() - suffix) {
      throw new IOException("a message refers past the previous one");
    }
    String middle = in.readString();
    if (middle.isEmpty() && prefix + suffix == previous.length()) {
      return previous; // the same message again: one string for both
    }
    String message =
        prefix == 0 && suffix == 0
            ? middle
            : new StringBuilder(prefix + middle.length() + suffix)
                .append(previous, 0, prefix)
                .append(middle)
                .append(previous, previous.length() - suffix, previous.length())
                .toString();
    previousByRule.put(rule, message);
    return message;
  }
}
