package io.github.qbanklint.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentLoaderTest {
  private final DocumentLoader loader = new DocumentLoader(1024 * 1024);

  @Test
  void stripsBomAndRecordsLineEndings() {
    byte[] bytes = "\uFEFF# T\r\n\r\nText\r\n".getBytes(StandardCharsets.UTF_8);
    Document d = ((DocumentLoader.Loaded) loader.decode("a.md", bytes)).document();
    assertThat(d.text()).startsWith("# T");
    assertThat(d.sourceFacts().hasBom()).isTrue();
    assertThat(d.sourceFacts().lineEnding()).isEqualTo(LineEnding.CRLF);
    assertThat(d.headings()).extracting(Heading::text).containsExactly("T");
  }

  @Test
  void reportsTheFirstInvalidByteWithItsPosition() {
    byte[] bytes = "ok\nab\u00e9".getBytes(StandardCharsets.ISO_8859_1);
    DocumentLoader.Result result = loader.decode("latin1.md", bytes);
    LoadProblem problem = ((DocumentLoader.Failed) result).problem();
    assertThat(problem.kind()).isEqualTo(LoadProblem.Kind.ENCODING);
    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.column()).isEqualTo(3);
    assertThat(problem.message()).contains("0xE9", "offset 5", "UTF-8");
  }

  @Test
  void findsAnInvalidByteFarIntoALargeFile() {
    byte[] valid = "一二三四五六七八九十\n".repeat(2000).getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(valid, valid.length + 3);
    bytes[valid.length] = 'x';
    bytes[valid.length + 1] = (byte) 0xe6; // a three-byte sequence cut short by the next byte
    bytes[valid.length + 2] = 'y';
    LoadProblem problem = ((DocumentLoader.Failed) loader.decode("big.md", bytes)).problem();
    assertThat(problem.line()).isEqualTo(2001);
    assertThat(problem.column()).isEqualTo(2);
    assertThat(problem.message()).contains("0xE6", "offset " + (valid.length + 1));
  }

  @Test
  void aReplacementCharacterWrittenInTheFileIsText() {
    byte[] bytes = "# T\n\nbroken glyph: \uFFFD\n".getBytes(StandardCharsets.UTF_8);
    Document d = ((DocumentLoader.Loaded) loader.decode("a.md", bytes)).document();
    assertThat(d.text()).endsWith("\uFFFD\n");
  }

  @Test
  void everyKindOfMalformedSequenceIsAnEncodingProblem() {
    byte[][] malformed = {
      {'a', (byte) 0xc0, (byte) 0xaf}, // overlong '/'
      {'a', (byte) 0xed, (byte) 0xa0, (byte) 0x80}, // a surrogate code point
      {'a', (byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // beyond U+10FFFF
      {'a', (byte) 0xe6, (byte) 0x97}, // cut short at the end
      {'a', (byte) 0x80}, // a lone continuation byte
    };
    for (byte[] bytes : malformed) {
      DocumentLoader.Result result = loader.decode("x.md", bytes);
      assertThat(result).isInstanceOf(DocumentLoader.Failed.class);
      assertThat(((DocumentLoader.Failed) result).problem().message()).contains("offset 1");
    }
  }

  @Test
  void nulBytesMeanBinary() {
    LoadProblem problem =
        ((DocumentLoader.Failed) loader.decode("x.md", new byte[] {'a', 0, 'b'})).problem();
    assertThat(problem.kind()).isEqualTo(LoadProblem.Kind.BINARY);
  }

  @Test
  void aNulByteIsReportedAtItsOwnLineAndColumn() {
    byte[] bytes = "\uFEFF# T\n\n一二\r\n\nab\u0000c\n".getBytes(StandardCharsets.UTF_8);
    LoadProblem problem = ((DocumentLoader.Failed) loader.decode("x.md", bytes)).problem();
    assertThat(problem.kind()).isEqualTo(LoadProblem.Kind.BINARY);
    assertThat(problem.line()).isEqualTo(5);
    assertThat(problem.column()).isEqualTo(3);
    assertThat(problem.message()).contains("NUL byte at offset " + (bytes.length - 3));
  }

  @Test
  void utf16AndUtf32ByteOrderMarksAreNamedNotCalledBinary() {
    Map<String, Charset> encodings =
        Map.of(
            "UTF-16LE",
            StandardCharsets.UTF_16LE,
            "UTF-16BE",
            StandardCharsets.UTF_16BE,
            "UTF-32LE",
            Charset.forName("UTF-32LE"),
            "UTF-32BE",
            Charset.forName("UTF-32BE"));
    encodings.forEach(
        (name, charset) -> {
          byte[] bytes = "\uFEFF# Title\n\nText\n".getBytes(charset);
          LoadProblem problem = ((DocumentLoader.Failed) loader.decode("x.md", bytes)).problem();
          assertThat(problem.kind()).as(name).isEqualTo(LoadProblem.Kind.ENCODING);
          assertThat(problem.message())
              .as(name)
              .startsWith(name + " (byte-order mark)")
              .contains("convert to UTF-8")
              .doesNotContain("binary");
          assertThat(List.of(problem.line(), problem.column())).as(name).containsExactly(1, 1);
        });
  }

  @Test
  void oversizedAndNonRegularFilesAreProblemsNotExceptions(@TempDir Path dir) throws Exception {
    Path big = dir.resolve("big.md");
    Files.write(big, new byte[2 * 1024 * 1024]);
    assertThat(((DocumentLoader.Failed) loader.load(big, "big.md")).problem().kind())
        .isEqualTo(LoadProblem.Kind.TOO_LARGE);
    Path directory = Files.createDirectory(dir.resolve("x.md"));
    assertThat(((DocumentLoader.Failed) loader.load(directory, "x.md")).problem().kind())
        .isEqualTo(LoadProblem.Kind.UNREADABLE);
  }
}
