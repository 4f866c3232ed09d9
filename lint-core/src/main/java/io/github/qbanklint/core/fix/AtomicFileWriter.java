package io.github.qbanklint.core.fix;

import io.github.qbanklint.core.document.LineEnding;
import io.github.qbanklint.core.document.SourceFacts;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Arrays;

/**
 * Writes fixed text back the way the file was: UTF-8, with its BOM if it had one, with its line
 * endings, its owner, group and mode. The bytes go to a temporary file in the same directory that
 * then replaces the original in one atomic rename, so a crash never leaves half a file; the file is
 * refused if its bytes are no longer those that were read.
 */
public final class AtomicFileWriter {
  private static final byte[] BOM = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
  private static final String TEMP_SUFFIX = ".qbank-lint.tmp";

  private AtomicFileWriter() {}

  /** The bytes for {@code text} in the original file's form. */
  public static byte[] encode(String text, SourceFacts facts) {
    byte[] body = restoreLineEndings(text, facts.lineEnding()).getBytes(StandardCharsets.UTF_8);
    if (!facts.hasBom()) {
      return body;
    }
    byte[] bytes = Arrays.copyOf(BOM, BOM.length + body.length);
    System.arraycopy(body, 0, bytes, BOM.length, body.length);
    return bytes;
  }

  /**
   * Replaces the file of {@code target} with {@code text}, unless its bytes differ from {@code
   * expected}. The new file gets the owner, group and mode of the old one; on any failure it is
   * removed and the old file stays as it was.
   *
   * @throws WriteRefusedException why nothing was written: the file changed since {@code expected}
   *     was read, its owner or group cannot be kept, or a file operation failed
   */
  public static void write(WriteTarget target, byte[] expected, String text, SourceFacts facts)
      throws WriteRefusedException {
    Path file = target.file();
    Path temp;
    try {
      temp = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", TEMP_SUFFIX);
    } catch (IOException e) {
      throw WriteRefusedException.of("create a file in its directory " + file.getParent(), e);
    }
    try {
      writeDurably(temp, encode(text, facts));
      keepOwnerGroupMode(file, temp);
      if (!Arrays.equals(Files.readAllBytes(file), expected)) {
        throw new WriteRefusedException("it changed since it was read; run fix again");
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw removing(temp, WriteRefusedException.of("write it", e));
    }
  }

  /**
   * On disk before the rename, so a crash leaves the old file or the new one, never an empty one.
   */
  private static void writeDurably(Path temp, byte[] bytes) throws IOException {
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
  }

  private static void keepOwnerGroupMode(Path file, Path temp) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    if (view != null) {
      OwnerGroupMode.copy(Files.readAttributes(file, PosixFileAttributes.class), view);
    }
  }

  private static WriteRefusedException removing(Path temp, WriteRefusedException refused) {
    try {
      Files.deleteIfExists(temp);
      return refused;
    } catch (IOException e) {
      return new WriteRefusedException(
          refused.getMessage() + "; then remove the temporary file " + temp + " by hand");
    }
  }

  /** Text edited in memory may carry {@code \n} from a fix; a CRLF or CR file gets its own back. */
  static String restoreLineEndings(String text, LineEnding ending) {
    if (ending != LineEnding.CRLF && ending != LineEnding.CR) {
      return text;
    }
    String separator = ending.separator();
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        out.append(separator);
        i++;
      } else if (c == '\r' || c == '\n') {
        out.append(separator);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
