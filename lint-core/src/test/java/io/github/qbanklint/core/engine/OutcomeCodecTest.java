package io.github.qbanklint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.qbanklint.core.api.DocumentSummary;
import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Fix;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.bank.BankModel;
import io.github.qbanklint.core.bank.QuestionShape;
import io.github.qbanklint.core.document.LinkRef;
import io.github.qbanklint.core.report.JsonReporter;
import io.github.qbanklint.core.report.ReportContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

class OutcomeCodecTest {
  /** Texts a bank can hold: CJK, emoji, controls, a lone surrogate of each kind, nothing. */
  private static final List<String> TEXTS =
      List.of(
          "",
          "plain",
          "问题3：什么是梯度消失？",
          "emoji 😀 and \u0000\u001b[31m\u2028\u202e",
          "lone \ud83d high",
          "lone \ude00 low",
          "the replacement character \ufffd itself",
          "x".repeat(5000));

  @Test
  void anOutcomeReadsBackExactly() throws IOException {
    FileOutcome outcome = outcome("banks/a.md", new Random(20261204), 500);

    FileOutcome decoded = OutcomeCodec.decode("banks/a.md", encode(outcome), true);

    assertThat(decoded.findings().list()).isEqualTo(outcome.findings().list());
    assertThat(decoded.summary()).isEqualTo(outcome.summary());
    assertThat(decoded.suppressions().orElseThrow().ranges())
        .isEqualTo(outcome.suppressions().orElseThrow().ranges());
    assertThat(decoded.stats()).isEqualTo(outcome.stats());
  }

  @Test
  void aReportWritesDecodedFindingsAsTheFindingsThemselves() throws IOException {
    FileOutcome outcome = outcome("banks/a.md", new Random(20261206), 500);
    List<Finding> sorted = new ArrayList<>(outcome.findings().list());
    sorted.sort(Finding.ORDER);

    FileOutcome decoded = OutcomeCodec.decode("banks/a.md", encode(outcome), true);

    assertThat(new String(json(decoded.findings()), StandardCharsets.UTF_8))
        .isEqualTo(
            new String(json(PathFindings.inOrder("banks/a.md", sorted)), StandardCharsets.UTF_8))
        .contains("问题3", "\\u001B[31m", "😀", "lone ? high");
  }

  private static byte[] json(PathFindings findings) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonReporter()
        .write(
            LintResult.ofPaths(
                Path.of("."), List.of(), List.of(findings), List.of(), List.of(), Optional.empty()),
            new ReportContext(Path.of("."), false, List.of(), false),
            out);
    return out.toByteArray();
  }

  @Test
  void withoutFindingsEverythingElseReadsBack() throws IOException {
    FileOutcome outcome = outcome("banks/a.md", new Random(20261205), 50);

    FileOutcome decoded = OutcomeCodec.decode("banks/a.md", encode(outcome), false);

    assertThat(outcome.findings().list()).isNotEmpty();
    assertThat(decoded.findings().list()).isEmpty();
    assertThat(decoded.summary()).isEqualTo(outcome.summary());
    assertThat(decoded.suppressions().orElseThrow().ranges())
        .isEqualTo(outcome.suppressions().orElseThrow().ranges());
    assertThat(decoded.stats()).isEqualTo(outcome.stats());
  }

  @Test
  void repeatedTextIsStoredOnce() throws IOException {
    FileOutcome few = outcome("a.md", new Random(1), 10);
    List<Finding> many = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      many.addAll(few.findings().list());
    }
    FileOutcome repeated =
        FileOutcome.checked(
            "a.md",
            many,
            few.summary().orElseThrow(),
            few.suppressions().orElseThrow(),
            few.stats().orElseThrow(),
            List.of());

    assertThat(encode(repeated).length).isLessThan(2 * encode(few).length);
    many.sort(Finding.ORDER);
    assertThat(OutcomeCodec.decode("a.md", encode(repeated), true).findings().list())
        .isEqualTo(many);
  }

  @Test
  void anEntryForAnotherPathIsRefused() {
    byte[] bytes = encode(outcome("a.md", new Random(2), 3));

    assertThatThrownBy(() -> OutcomeCodec.decode("b.md", bytes, true))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("a.md");
  }

  @Test
  void everyTruncationOrFlippedByteIsAnIoExceptionOrAnotherValidOutcome() {
    byte[] bytes = encode(outcome("a.md", new Random(3), 20));
    for (int length = 0; length < bytes.length; length++) {
      byte[] truncated = Arrays.copyOf(bytes, length);
      assertThatIsAnIoExceptionOrFailsOnDemand(() -> OutcomeCodec.decode("a.md", truncated, true));
      assertThatThrownBy(
              () -> {
                FileOutcome decoded = OutcomeCodec.decode("a.md", truncated, true);
                decoded.summary().orElseThrow().anchors();
                decoded.findings().list();
              })
          .isInstanceOfAny(IOException.class, UncheckedIOException.class);
    }
    Random random = new Random(4);
    for (int i = 0; i < 4000; i++) {
      byte[] flipped = bytes.clone();
      flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
      assertThatIsAnIoExceptionOrFailsOnDemand(
          () -> OutcomeCodec.decode("a.md", flipped, random.nextBoolean()));
    }
  }

  /**
   * {@code decode} throws an {@link IOException} (a corrupt entry: the file is checked again), or
   * what it decoded on demand (the MAC guards it) decodes or fails alone, naming the file.
   */
  private static void assertThatIsAnIoExceptionOrFailsOnDemand(Callable<FileOutcome> decode) {
    FileOutcome decoded;
    try {
      decoded = decode.call();
    } catch (IOException e) {
      return;
    } catch (Exception e) {
      throw new AssertionError("not an IOException", e);
    }
    assertThatDecodesOrFailsNamingTheFile(() -> decoded.summary().orElseThrow().anchors());
    assertThatDecodesOrFailsNamingTheFile(() -> decoded.summary().orElseThrow().links());
    assertThatDecodesOrFailsNamingTheFile(() -> decoded.findings().list());
  }

  @Test
  void anchorsOrLinksThatDoNotDecodeFailWhenAskedForNamingTheFile() throws Exception {
    // Each section claims more numbers than it holds.
    byte[] badLinks = withRawByte(encode(outcome("a.md", new Random(6), 5)), LINKS, 0x7F);
    byte[] badAnchors = withRawByte(encode(outcome("a.md", new Random(6), 5)), ANCHORS, 0x7F);

    FileOutcome withBadLinks = OutcomeCodec.decode("a.md", badLinks, false);
    FileOutcome withBadAnchors = OutcomeCodec.decode("a.md", badAnchors, false);

    assertThat(withBadLinks.stats()).isPresent();
    assertThat(withBadLinks.summary().orElseThrow().anchors()).isNotEmpty();
    assertThatThrownBy(() -> withBadLinks.summary().orElseThrow().links())
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("the cached links of a.md do not decode")
        .hasMessageContaining("delete the result cache");
    assertThat(withBadAnchors.summary().orElseThrow().links()).isNotEmpty();
    assertThatThrownBy(() -> withBadAnchors.summary().orElseThrow().anchors())
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("the cached anchors of a.md do not decode")
        .hasMessageContaining("delete the result cache");
  }

  @Test
  void aReportedFilesLinksAreDecodedAtOnceSoThatAFailureChecksItAgain() throws Exception {
    byte[] badLinks = withRawByte(encode(outcome("a.md", new Random(6), 5)), LINKS, 0x7F);
    byte[] badAnchors = withRawByte(encode(outcome("a.md", new Random(6), 5)), ANCHORS, 0x7F);

    assertThatThrownBy(() -> OutcomeCodec.decode("a.md", badLinks, true))
        .isInstanceOf(IOException.class);
    // Anchors are read only for the files linked to with a fragment, when a rule asks.
    FileOutcome decoded = OutcomeCodec.decode("a.md", badAnchors, true);
    assertThat(decoded.findings().list()).hasSize(5);
    assertThatThrownBy(() -> decoded.summary().orElseThrow().anchors())
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void findingsAreCountedAtOnceAndDecodedAtEachListing() throws IOException {
    FileOutcome outcome = outcome("a.md", new Random(7), 200);

    FileOutcome decoded = OutcomeCodec.decode("a.md", encode(outcome), true);

    assertThat(decoded.findings().size()).isEqualTo(200);
    for (Severity severity : Severity.values()) {
      assertThat(decoded.findings().count(severity))
          .isEqualTo(outcome.findings().count(severity))
          .isPositive();
    }
    List<Finding> first = decoded.findings().list();
    List<Finding> second = decoded.findings().list();
    assertThat(second).isEqualTo(first).isNotSameAs(first).isSortedAccordingTo(Finding.ORDER);
  }

  @Test
  void findingsThatDoNotDecodeFailWhenListedNamingTheFile() throws Exception {
    // The findings' section claims more numbers than it holds.
    byte[] corrupt = withRawByte(encode(outcome("a.md", new Random(8), 5)), FINDINGS, 0x7F);

    FileOutcome decoded = OutcomeCodec.decode("a.md", corrupt, true);

    assertThat(decoded.findings().size()).isEqualTo(5);
    assertThat(decoded.summary().orElseThrow().anchors()).isNotEmpty();
    assertThatThrownBy(() -> decoded.findings().list())
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("the cached findings of a.md do not decode")
        .hasMessageContaining("delete the result cache");
  }

  private static final int LINKS = 1;
  private static final int ANCHORS = 2;
  private static final int FINDINGS = 3;
  private static final int HEADER = 16;

  /**
   * {@code bytes} with the first inflated byte of a section ({@link #LINKS}, {@link #ANCHORS} or
   * {@link #FINDINGS}) set to {@code value}, deflated again under the same header: what a codec bug
   * would store.
   */
  private static byte[] withRawByte(byte[] bytes, int section, int value) throws Exception {
    ByteBuffer header = ByteBuffer.wrap(bytes);
    int length = header.getInt();
    int[] sectionStarts = {0, header.getInt(), header.getInt(), header.getInt()};
    Inflater inflater = new Inflater();
    inflater.setInput(bytes, HEADER, bytes.length - HEADER);
    byte[] raw = new byte[length];
    assertThat(inflater.inflate(raw)).isEqualTo(length);
    inflater.end();
    raw[sectionStarts[section]] = (byte) value;
    Deflater deflater = new Deflater();
    deflater.setInput(raw);
    deflater.finish();
    byte[] deflated = new byte[2 * length + 64];
    int size = deflater.deflate(deflated);
    deflater.end();
    byte[] corrupt = Arrays.copyOf(bytes, HEADER + size);
    System.arraycopy(deflated, 0, corrupt, HEADER, size);
    return corrupt;
  }

  private static void assertThatDecodesOrFailsNamingTheFile(Runnable decode) {
    try {
      decode.run();
    } catch (UncheckedIOException e) {
      assertThat(e)
          .hasMessageMatching("the cached (anchors|links|findings) of a\\.md do not decode.*");
    }
  }

  @Test
  void incompleteOutcomesAreNotStored() {
    FileOutcome outcome = outcome("a.md", new Random(5), 3);
    Finding withFix =
        new Finding(
            "r", Severity.ERROR, "a.md", 1, 1, 1, 2, "m", Optional.of(new Fix("fix", List.of())));

    Finding elsewhere = new Finding("r", Severity.ERROR, "b.md", 1, 1, 1, 2, "m", Optional.empty());

    assertThat(OutcomeCodec.encode(with(outcome, List.of(withFix), List.of()))).isEmpty();
    assertThat(OutcomeCodec.encode(with(outcome, List.of(elsewhere), List.of()))).isEmpty();
    assertThat(OutcomeCodec.encode(with(outcome, outcome.findings().list(), List.of("trace"))))
        .isEmpty();
    assertThat(
            OutcomeCodec.encode(FileOutcome.notLinted("a.md", Optional.empty(), Optional.of("x"))))
        .isEmpty();
  }

  private static FileOutcome with(FileOutcome o, List<Finding> findings, List<String> traces) {
    return FileOutcome.checked(
        o.path(),
        findings,
        o.summary().orElseThrow(),
        o.suppressions().orElseThrow(),
        o.stats().orElseThrow(),
        traces);
  }

  private static byte[] encode(FileOutcome outcome) {
    return OutcomeCodec.encode(outcome).orElseThrow();
  }

  private static FileOutcome outcome(String path, Random random, int count) {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int line = 1 + random.nextInt(3000);
      findings.add(
          new Finding(
              "rule-" + random.nextInt(5),
              Severity.values()[random.nextInt(3)],
              path,
              line,
              1 + random.nextInt(200),
              line + random.nextInt(3),
              1 + random.nextInt(Integer.MAX_VALUE - 1),
              text(random) + " " + i,
              Optional.empty()));
    }
    List<DocumentSummary.LocatedLink> links = new ArrayList<>();
    List<DocumentSummary.QuestionFact> questions = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      int line = 1 + random.nextInt(3000);
      String destination =
          switch (random.nextInt(3)) {
            case 0 -> text(random);
            case 1 -> "b.md#" + text(random);
            default -> "https://example.com/" + text(random);
          };
      links.add(
          new DocumentSummary.LocatedLink(
              LinkRef.Kind.values()[random.nextInt(LinkRef.Kind.values().length)],
              destination,
              line,
              1 + random.nextInt(80),
              line,
              81 + random.nextInt(80)));
      questions.add(
          new DocumentSummary.QuestionFact(
              text(random),
              text(random),
              line,
              1,
              line + random.nextInt(2),
              5,
              random.nextBoolean(),
              QuestionShape.values()[random.nextInt(QuestionShape.values().length)],
              random.nextBoolean() ? "" : text(random)));
    }
    DocumentSummary summary =
        new DocumentSummary(
            path,
            Set.of("a", "问题", "lone-\ud83d", TEXTS.get(0), TEXTS.get(1)),
            links,
            questions,
            Optional.of(
                new BankModel.UnrecognisedBank(
                    7, QuestionShape.BOLD_PARAGRAPH, text(random), text(random))));
    Suppressions suppressions =
        Suppressions.of(
            List.of(
                new Suppressions.Range("*", 1, Integer.MAX_VALUE),
                new Suppressions.Range("rule-1", 10, 12)));
    return FileOutcome.checked(
        path, findings, summary, suppressions, new FileStats(path, 30, 12), List.of());
  }

  private static String text(Random random) {
    return TEXTS.get(random.nextInt(TEXTS.size()));
  }
}
