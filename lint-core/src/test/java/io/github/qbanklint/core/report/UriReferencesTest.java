package io.github.qbanklint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UriReferencesTest {

  @ParameterizedTest
  @CsvSource(
      delimiterString = "=>",
      quoteCharacter = '"',
      textBlock =
          """
          bank.md => bank.md
          a,b:c.md => a,b%3Ac.md
          x:y.md => x%3Ay.md
          docs/x:y.md => docs/x%3Ay.md
          bank one.md => bank%20one.md
          h#sh.md => h%23sh.md
          pct%41.md => pct%2541.md
          q?.md => q%3F.md
          题库/问题.md => %E9%A2%98%E5%BA%93/%E9%97%AE%E9%A2%98.md
          \uD835\uDC9C.md => %F0%9D%92%9C.md
          brack[1]{2}^|`.md => brack%5B1%5D%7B2%7D%5E%7C%60.md
          semi;at@!$&'()*+=~.md => semi;at@!$&'()*+=~.md
          back\\slash.md => back%5Cslash.md
          """)
  void encodesEachSegmentPerRfc3986(String path, String expected) {
    assertThat(UriReferences.of(path)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a,b:c.md",
        "x:y.md",
        "C:/not-a-drive.md",
        "sp ace/h#sh?q=1%20.md",
        "题库/\uD835\uDC9C\u0007\u202e.md",
        "..a/.b/c..md"
      })
  void readsBackAsARelativeReferenceToTheSamePath(String path) {
    URI uri = URI.create(UriReferences.of(path));

    assertThat(uri.getScheme()).isNull();
    assertThat(uri.getRawQuery()).isNull();
    assertThat(uri.getRawFragment()).isNull();
    assertThat(uri.getPath()).isEqualTo(path);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/tmp/x:y.md", "/tmp/h#sh q.md", "/tmp/题库.md"})
  void absolutePathsBecomeFileUris(String path) {
    URI uri = URI.create(UriReferences.of(path));

    assertThat(uri.getScheme()).isEqualTo("file");
    assertThat(Path.of(uri)).isEqualTo(Path.of(path));
  }
}
