package io.github.qbanklint.core.fix;

import io.github.qbanklint.core.api.Fix;
import io.github.qbanklint.core.api.TextEdit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies fixes to a text. Edits are applied from the end so offsets stay valid; a fix whose edits
 * overlap an edit already taken is skipped whole (a second run picks it up).
 */
public final class FixApplier {
  private FixApplier() {}

  /** The text with the fixes applied, and how many fixes were applied. */
  public record Applied(String text, int appliedFixes, int skippedFixes) {}

  public static Applied apply(String text, List<Fix> fixes) {
    List<TextEdit> taken = new ArrayList<>();
    int applied = 0;
    int skipped = 0;
    for (Fix fix : fixes) {
      if (fix.edits().stream().anyMatch(e -> e.end() > text.length() || overlapsAny(e, taken))
          || overlapsItself(fix)) {
        skipped++;
        continue;
      }
      taken.addAll(fix.edits());
      applied++;
    }
    taken.sort(Comparator.comparingInt(TextEdit::start).thenComparingInt(TextEdit::end).reversed());
    StringBuilder out = new StringBuilder(text);
    for (TextEdit e : taken) {
      out.replace(e.start(), e.end(), e.replacement());
    }
    return new Applied(out.toString(), applied, skipped);
  }

  private static boolean overlapsItself(Fix fix) {
    List<TextEdit> edits = fix.edits();
    for (int i = 0; i < edits.size(); i++) {
      if (overlapsAny(edits.get(i), edits.subList(i + 1, edits.size()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlapsAny(TextEdit edit, List<TextEdit> others) {
    for (TextEdit o : others) {
      boolean sameInsertPoint =
          edit.start() == edit.end() && o.start() == o.end() && edit.start() == o.start();
      if (sameInsertPoint || (edit.start() < o.end() && o.start() < edit.end())) {
        return true;
      }
    }
    return false;
  }
}
