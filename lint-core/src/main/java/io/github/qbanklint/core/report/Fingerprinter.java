package io.github.qbanklint.core.report;

import io.github.qbanklint.core.api.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Fingerprints that survive edits elsewhere in a file: rule, path and the finding's context (its
 * source line and the text it marks, whitespace-normalised), never its line number. Findings with
 * the same rule, path and context are told apart by their order.
 */
public final class Fingerprinter {
  private final SourceLines sources;

  public Fingerprinter(SourceLines sources) {
    this.sources = sources;
  }

  /**
   * The fingerprints of {@code findings}, in the same order.
   *
   * @param findings findings in their stable order
   * @param pathOf the path to fingerprint a finding under (for example relative to the baseline)
   */
  public List<String> fingerprints(List<Finding> findings, Function<Finding, String> pathOf) {
    Map<String, Integer> seen = new HashMap<>();
    List<String> prints = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      String key = f.ruleId() + '\0' + pathOf.apply(f) + '\0' + context(f);
      int occurrence = seen.merge(key, 1, Integer::sum);
      prints.add(sha256(key + '\0' + occurrence));
    }
    return prints;
  }

  /** The normalised text a finding is about; empty for a finding on the whole file. */
  String context(Finding f) {
    boolean wholeFile = f.line() == 1 && f.column() == 1 && f.endLine() == 1 && f.endColumn() == 1;
    if (wholeFile) {
      return "";
    }
    String line = sources.line(f.path(), f.line()).orElse("");
    String marked = "";
    if (f.endLine() == f.line()) {
      int[] cps = line.codePoints().toArray();
      int from = Math.min(Math.max(f.column() - 1, 0), cps.length);
      int to = Math.min(Math.max(f.endColumn() - 1, from), cps.length);
      marked = new String(cps, from, to - from);
    }
    return normalise(line) + '\n' + normalise(marked);
  }

  static String normalise(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
  }

  private static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
