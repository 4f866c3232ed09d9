package io.github.qbanklint.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JarDirectoryTest {
  @TempDir Path dir;

  @Test
  void theSameEntriesGiveTheSameDigestAndAnyChangeAnother() throws IOException {
    byte[] first = JarDirectory.digest(jar("a.jar", "one", "", 0)).orElseThrow();

    assertThat(JarDirectory.digest(jar("copy.jar", "one", "", 0))).hasValue(first);
    assertThat(JarDirectory.digest(jar("b.jar", "two", "", 0)).orElseThrow()).isNotEqualTo(first);
    assertThat(JarDirectory.digest(jar("c.jar", "one", "", 60_000)).orElseThrow())
        .isNotEqualTo(first);
  }

  @Test
  void aJarWithAnArchiveCommentIsRead() throws IOException {
    assertThat(JarDirectory.digest(jar("a.jar", "one", "a comment", 0))).isPresent();
  }

  @Test
  void whatIsNoZipFileIsLeftToTheEntryByEntryListing() throws IOException {
    Path text = Files.writeString(dir.resolve("not.jar"), "PK not really a zip file");
    Path empty = Files.write(dir.resolve("empty.jar"), new byte[0]);

    assertThat(JarDirectory.digest(text)).isEmpty();
    assertThat(JarDirectory.digest(empty)).isEmpty();
  }

  private Path jar(String name, String content, String comment, long time) throws IOException {
    Path jar = dir.resolve(name);
    try (OutputStream file = Files.newOutputStream(jar);
        ZipOutputStream zip = new ZipOutputStream(file)) {
      for (String entry : new String[] {"META-INF/MANIFEST.MF", "a/B.class", "a/c.txt"}) {
        ZipEntry zipEntry = new ZipEntry(entry);
        zipEntry.setLastModifiedTime(FileTime.fromMillis(1_700_000_000_000L + time));
        zip.putNextEntry(zipEntry);
        zip.write((entry + content).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
      zip.setComment(comment);
    }
    return jar;
  }
}
