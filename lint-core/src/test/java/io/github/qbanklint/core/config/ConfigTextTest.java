package io.github.qbanklint.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A config file that is not UTF-8 text, or cannot be read, is one line naming it. */
class ConfigTextTest {
  @TempDir Path dir;

  private Path config(byte[]... parts) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      bytes.write(part);
    }
    return Files.write(dir.resolve(ConfigLoader.FILE_NAME), bytes.toByteArray());
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String messageOf(Path file) {
    try {
      ConfigLoader.load(file);
    } catch (ConfigException e) {
      return e.describe();
    }
    throw new AssertionError("read: " + file);
  }

  @Test
  void aLatin1ByteIsReportedAtItsLineAndColumn() throws Exception {
    Path file =
        config(utf8("include: ['**/*.md']\nexclude: ['草稿"), new byte[] {(byte) 0xE9}, utf8("']\n"));
    assertThat(messageOf(file))
        .isEqualTo(file + ":2:14: the config is not valid UTF-8 (byte 0xE9); save it as UTF-8");
  }

  @Test
  void aUtf16FileIsReportedAsUtf16() throws Exception {
    Path file = config(new byte[] {(byte) 0xFF, (byte) 0xFE}, "include: []\n".getBytes("UTF-16LE"));
    assertThat(messageOf(file))
        .isEqualTo(
            file + ": the config is UTF-16 text (it starts with a UTF-16 mark); save it as UTF-8");
  }

  @Test
  void aBinaryFileIsReportedAtItsFirstNulByte() throws Exception {
    Path file = config(utf8("include: []\nx"), new byte[] {0, 1, 2});
    assertThat(messageOf(file))
        .isEqualTo(file + ":2:2: the config is binary, not text (a NUL byte)");
  }

  @Test
  void aUtf8ByteOrderMarkIsDropped() throws Exception {
    Path file =
        config(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("exclude: ['草稿/**']\n"));
    assertThat(ConfigLoader.load(file).exclude()).containsExactly("草稿/**");
  }

  @Test
  void anUnreadableConfigSaysPermissionDenied() throws Exception {
    Path file = config(utf8("exclude: []\n"));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    assumeThat(Files.isReadable(file)).as("run as a user that permissions apply to").isFalse();
    assertThat(messageOf(file)).isEqualTo(file + ": cannot read the config: permission denied");
  }

  @Test
  void aMissingOrDirectoryConfigSaysSo() throws Exception {
    assertThat(messageOf(dir.resolve("nope.yml")))
        .isEqualTo(dir.resolve("nope.yml") + ": cannot read the config: no such file");
    assertThat(messageOf(dir))
        .isEqualTo(dir + ": is a directory, not a config file; name the .qbank-lint.yml in it");
  }

  @Test
  void aHugeFileIsNotReadAsAConfig() throws Exception {
    Path file = config(utf8("# " + "x".repeat((int) ConfigText.MAX_BYTES) + "\n"));
    assertThatThrownBy(() -> ConfigLoader.load(file))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.describe())
                    .isEqualTo(
                        file
                            + ": is over 1 MiB, too large for a config file; name the right file"));
  }
}
