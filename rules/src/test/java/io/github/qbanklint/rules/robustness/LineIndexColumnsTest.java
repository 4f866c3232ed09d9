package io.github.qbanklint.rules.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.document.LineIndex;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link LineIndex#column} answers in logarithmic time what counting code points from the line
 * start answers, for text with emoji, lone surrogates and every kind of line break.
 */
class LineIndexColumnsTest {
  private static final long SEED = Long.getLong("qbank.robustness.seed", new Random().nextLong());
  private static final String[] PIECES = {
    "a", "中", "😀", "👩‍💻", "\uD83D", "\uDE00", "\n", "\r\n", "\r", "\t", " "
  };

  @Test
  void columnCountsCodePointsFromTheLineStart() {
    Random random = new Random(SEED);
    for (int doc = 0; doc < 300; doc++) {
      StringBuilder text = new StringBuilder();
      int pieces = random.nextInt(60);
      for (int i = 0; i < pieces; i++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String s = text.toString();
      LineIndex index = new LineIndex(s);
      for (int offset = 0; offset <= s.length(); offset++) {
        int start = index.lineStart(index.line(offset));
        assertThat(index.column(offset))
            .as(
                "column of offset %d in %s (seed %d)",
                offset, s.replace("\n", "\\n").replace("\r", "\\r"), SEED)
            .isEqualTo(s.codePointCount(start, offset) + 1);
      }
    }
  }
}
