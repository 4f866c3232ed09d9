package io.github.qbanklint.rules.math;

import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;

/** {@code math-markdown-conflict}: math that Markdown changes before the renderer sees it, under profiles that parse Markdown first: emphasis from {@code _} or {@code *} pairs, {@code \\} or {@code \{} losing a backslash, {@code <b} read as HTML. */
public final class MathMarkdownConflictRule extends MathRule {
  private static final RuleMeta META =
      metaFor("math-markdown-conflict")
          .summary(
              "Math that Markdown changes before the renderer sees it: emphasis from _ or * pairs, escapes losing their backslash, HTML tags.")
          .severity(Severity.WARNING)
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }
}
