package io.github.qbanklint.rules.file;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.document.UnparsedInline;
import java.util.Locale;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Heading;
import org.commonmark.node.Paragraph;

/**
 * A paragraph, heading or table cell too long for its inline content to be parsed: the parser would
 * take minutes on it, so its emphasis, links, code spans and math are not checked. The rest of the
 * file is.
 */
public final class TooLongToCheckRule implements Rule {
  private static final RuleMeta META =
      RuleMeta.builder("too-long-to-check")
          .family("file")
          .summary(
              "A paragraph, heading or table cell is over maxInlineChars, so its links,"
                  + " emphasis, code spans and math are not checked.")
          .severity(Severity.WARNING)
          .tags("file")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DocumentContext context) {
    for (UnparsedInline block : context.document().unparsedInlines()) {
      context.report(
          block.start(),
          block.end(),
          String.format(
              Locale.ROOT,
              "this %s has %,d characters, over the limit of %,d (maxInlineChars): its links,"
                  + " emphasis, code spans and math were not checked; split it, or raise"
                  + " maxInlineChars in .qbank-lint.yml.",
              kind(block),
              block.length(),
              block.limit()));
    }
  }

  private static String kind(UnparsedInline block) {
    if (block.block() instanceof Paragraph) {
      return "paragraph";
    }
    if (block.block() instanceof Heading) {
      return "heading";
    }
    if (block.block() instanceof TableCell) {
      return "table cell";
    }
    return "block";
  }
}
