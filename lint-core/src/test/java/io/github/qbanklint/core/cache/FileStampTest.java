package io.github.qbanklint.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStampTest {
  @TempDir Path dir;

  /** A moment long enough after now for every file written by the test to be settled. */
  private static Instant later() {
    return Instant.now().plus(FileStamp.SETTLED).plusSeconds(10);
  }

  @Test
  void aSettledRegularFileHasAStableStamp() throws IOException {
    Path file = Files.writeString(dir.resolve("a.md"), "# A\n");
    assertThat(FileStamp.of(file, later())).isPresent();
    assertThat(FileStamp.of(file, later()).get()).isEqualTo(FileStamp.of(file, later()).get());
  }

  @Test
  void aFileWrittenJustNowHasNoStamp() throws IOException {
    Path file = Files.writeString(dir.resolve("a.md"), "# A\n");
    assertThat(FileStamp.of(file, Instant.now())).isEmpty();
  }

  @Test
  void rewritingAFileChangesItsStampEvenWithItsOldModificationTime() throws IOException {
    Path file = Files.writeString(dir.resolve("a.md"), "# A\n");
    FileTime modified = Files.getLastModifiedTime(file);
    byte[] before = FileStamp.of(file, later()).orElseThrow();
    Files.writeString(file, "# B\n");
    Files.setLastModifiedTime(file, modified);
    assertThat(FileStamp.of(file, later()))
        .hasValueSatisfying(s -> assertThat(s).isNotEqualTo(before));
  }

  @Test
  void linksDirectoriesAndMissingFilesHaveNoStamp() throws IOException {
    Path file = Files.writeString(dir.resolve("a.md"), "# A\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.md"), file);
    assertThat(FileStamp.of(link, later())).isEmpty();
    assertThat(FileStamp.of(dir, later())).isEmpty();
    assertThat(FileStamp.of(dir.resolve("missing.md"), later())).isEmpty();
  }
}
