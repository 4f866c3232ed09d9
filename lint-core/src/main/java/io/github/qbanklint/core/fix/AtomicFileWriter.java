package io.github.qbanklint.core.fix;

import io.github.qbanklint.core.document.LineEnding;
import io.github.qbanklint.core.document.SourceFacts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Arrays;

/**
 * Writes fixed text back the way the file was: UTF-8, with its BOM if it had one, with its line
 * endings. The bytes go to a temporary file in the same directory that then replaces the original
 * in one move, so a crash never leaves half a file; the file is refused if its bytes are no longer
 * those that were read.
 */
public final class AtomicFileWriter {
  private static final byte[] BOM = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};

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
   * Replaces {@code file} with {@code text}, unless its bytes differ from {@code expected}.
   *
   * @throws FileChangedException when the file changed since {@code expected} was read
   */
  public static void write(Path file, byte[] expected, String text, SourceFacts facts)
      throws IOException {
    byte[] bytes = encode(text, facts);
    Path directory = file.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(directory, "." + file.getFileName() + ".", ".qbank-lint.tmp");
    try {
      Files.write(temp, bytes);
      copyPermissions(file, temp);
      if (!Arrays.equals(Files.readAllBytes(file), expected)) {
        throw new FileChangedException(file);
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
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

  private static void copyPermissions(Path from, Path to) throws IOException {
    PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
    PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
    if (source != null && target != null) {
      target.setPermissions(source.readAttributes().permissions());
    }
  }
}
