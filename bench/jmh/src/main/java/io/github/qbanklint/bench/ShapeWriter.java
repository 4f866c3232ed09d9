package io.github.qbanklint.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Writes lines of one file and keeps count of its UTF-8 bytes against the size asked for. */
final class ShapeWriter {
  private final Writer out;
  private final long targetBytes;
  private long written;

  ShapeWriter(Writer out, long targetBytes) {
    this.out = out;
    this.targetBytes = targetBytes;
  }

  /**
   * Whether another element still fits under the size asked for. Every shape writes elements of
   * less than a kibibyte at a time, so stopping a kibibyte short keeps the file under the size.
   */
  boolean wantsMore() {
    return written + 1024 < targetBytes;
  }

  /** How much of the size asked for is written, from 0 to about 1. */
  double writtenFraction() {
    return (double) written / targetBytes;
  }

  ShapeWriter line(String text) throws IOException {
    out.write(text);
    out.write('\n');
    written += text.getBytes(StandardCharsets.UTF_8).length + 1;
    return this;
  }
}
