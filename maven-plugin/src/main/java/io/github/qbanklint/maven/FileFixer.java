package io.github.qbanklint.maven;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Fix;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.DocumentLoader;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.fix.FixApplier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies the fixes of a lint result to the files they belong to. Each file is rewritten atomically
 * (a temporary file beside it, then a rename), keeping its BOM and permissions, so an interrupted
 * build never leaves half a file.
 */
final class FileFixer {
  private static final byte[] UTF8_BOM = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};

  private final DocumentLoader loader;

  FileFixer(long maxFileBytes) {
    this.loader = new DocumentLoader(maxFileBytes);
  }

  /** How many fixes were applied, in how many files. */
  record Outcome(int fixes, int files) {}

  Outcome apply(LintResult result) throws IOException {
    Map<String, List<Fix>> fixesByPath = new LinkedHashMap<>();
    for (Finding f : result.findings()) {
      f.fix()
          .ifPresent(fix -> fixesByPath.computeIfAbsent(f.path(), p -> new ArrayList<>()).add(fix));
    }
    int fixes = 0;
    int files = 0;
    for (Map.Entry<String, List<Fix>> entry : fixesByPath.entrySet()) {
      Path file = result.root().resolve(entry.getKey());
      if (!(loader.load(file, entry.getKey()) instanceof DocumentLoader.Loaded loaded)) {
        continue;
      }
      Document document = loaded.document();
      FixApplier.Applied applied = FixApplier.apply(document.text(), entry.getValue());
      if (applied.appliedFixes() > 0 && !applied.text().equals(document.text())) {
        writeAtomically(file, encode(applied.text(), document.sourceFacts().hasBom()));
        fixes += applied.appliedFixes();
        files++;
      }
    }
    return new Outcome(fixes, files);
  }

  private static byte[] encode(String text, boolean bom) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    if (!bom) {
      return body;
    }
    byte[] withBom = new byte[UTF8_BOM.length + body.length];
    System.arraycopy(UTF8_BOM, 0, withBom, 0, UTF8_BOM.length);
    System.arraycopy(body, 0, withBom, UTF8_BOM.length, body.length);
    return withBom;
  }

  static void writeAtomically(Path file, byte[] bytes) throws IOException {
    Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".qbank-lint-", ".tmp");
    try {
      Files.write(temp, bytes);
      PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
      if (posix != null) {
        Files.setPosixFilePermissions(temp, posix.readAttributes().permissions());
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
}
