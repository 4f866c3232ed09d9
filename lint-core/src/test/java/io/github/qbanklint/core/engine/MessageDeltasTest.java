package io.github.qbanklint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MessageDeltasTest {
  /** Rule and message pairs, in the order a file's findings come. */
  private static final List<List<String>> FINDINGS =
      List.of(
          List.of("empty-answer", "'问题1：什么是梯度消失？' has no answer: write one under it."),
          List.of("empty-answer", "'问题2：什么是梯度爆炸？' has no answer: write one under it."),
          List.of("broken-anchor", "'#intro' names no heading."),
          List.of("empty-answer", "'问题2：什么是梯度爆炸？' has no answer: write one under it."),
          List.of("empty-answer", "'😀 emoji' has no answer: write one under it."),
          List.of("empty-answer", "'😁 emoji' has no answer: write one under it."),
          List.of("empty-answer", "'lone \ud83d' has no answer"),
          List.of("empty-answer", ""),
          List.of("broken-anchor", "'#intro' names no heading. '#intro' names no heading."),
          List.of("broken-anchor", "x"),
          List.of(
              "broken-emphasis",
              "'**区别：**' is not bold on GitHub (see the flanking rules); write '**区别**：'."),
          List.of(
              "broken-emphasis",
              "'**😀 初始化：**' is not bold on GitHub (see the flanking rules); write '**😀 初始化**：'."),
          List.of(
              "broken-emphasis",
              "'**x\ud83d：**' is not bold on GitHub (see the flanking rules); write '**x\ud83d**：'."),
          List.of(
              "broken-emphasis",
              "'**a：**' is not bold on GitLab (see the flanking rules); write '**a**：'."),
          List.of(
              "toc-text-mismatch",
              "entry 'A' differs from its heading 'B' (line 3): make them the same."),
          List.of(
              "toc-text-mismatch",
              "entry 'A long entry' differs from its heading 'B' (line 30): make them the same."));

  @Test
  void messagesReadBackExactlyWhateverTheyShare() throws IOException {
    assertThat(roundTrip(FINDINGS)).isEqualTo(FINDINGS.stream().map(f -> f.get(1)).toList());
  }

  @Test
  void aMessageRepeatedIsStoredOnce() throws IOException {
    List<MessageDeltas.Range> ranges = writtenAndRead(FINDINGS, new ByteColumn(16));

    assertThat(ranges.get(3)).isEqualTo(ranges.get(1));
  }

  /** The messages of {@code findings} (rule, message) written and read back. */
  private static List<String> roundTrip(List<List<String>> findings) throws IOException {
    ByteColumn text = new ByteColumn(16);
    return writtenAndRead(findings, text).stream()
        .map(r -> CachedText.decode(text.bytes(), r.from(), r.to()))
        .toList();
  }

  /** Where the messages of {@code findings}, written and read back into {@code text}, are. */
  private static List<MessageDeltas.Range> writtenAndRead(
      List<List<String>> findings, ByteColumn text) throws IOException {
    CompactOutput out = new CompactOutput();
    MessageDeltas writer = new MessageDeltas();
    findings.forEach(f -> writer.write(out, f.get(0), f.get(1)));
    byte[] bytes = out.toByteArray();

    CompactInput in = new CompactInput(bytes, 0, bytes.length);
    MessageDeltas reader = new MessageDeltas();
    List<MessageDeltas.Range> ranges = new ArrayList<>();
    for (List<String> f : findings) {
      ranges.add(reader.read(in, f.get(0), text));
    }
    assertThat(in.atEnd()).isTrue();
    return ranges;
  }

  @Test
  void randomMessagesOfRandomTemplatesReadBackExactly() throws IOException {
    Random random = new Random(20261206);
    String[] pieces = {"a", "问题", "😀", "\ud83d", "\ude00", "'", "**", " ", "：", "é", "\u0000"};
    String[] templates = new String[4];
    for (int t = 0; t < templates.length; t++) {
      templates[t] = randomText(random, pieces, 40);
    }
    List<List<String>> findings = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      String template = templates[random.nextInt(templates.length)];
      int cut = random.nextInt(template.length() + 1);
      String message =
          randomText(random, pieces, 5)
              + template.substring(0, cut)
              + randomText(random, pieces, 5)
              + template.substring(cut)
              + randomText(random, pieces, 5);
      findings.add(List.of("r" + random.nextInt(3), message));
    }

    assertThat(roundTrip(findings)).isEqualTo(findings.stream().map(f -> f.get(1)).toList());
  }

  private static String randomText(Random random, String[] pieces, int most) {
    StringBuilder text = new StringBuilder();
    for (int n = random.nextInt(most + 1); n > 0; n--) {
      text.append(pieces[random.nextInt(pieces.length)]);
    }
    return text.toString();
  }

  @Test
  void aTemplateIsStoredOncePerRule() {
    CompactOutput one = new CompactOutput();
    new MessageDeltas().write(one, "r", "'a' has no answer: write one under it.");
    CompactOutput two = new CompactOutput();
    MessageDeltas writer = new MessageDeltas();
    writer.write(two, "r", "'a' has no answer: write one under it.");
    writer.write(two, "r", "'b' has no answer: write one under it.");

    assertThat(two.toByteArray().length - one.toByteArray().length)
        .as("the prefix's, the suffix's and no shared run's lengths, the text's and 'b'")
        .isLessThanOrEqualTo(6);
  }

  @Test
  void aTemplateQuotingTwiceIsStoredOncePerRule() {
    String template = "' does not render as bold on GitHub: its markers do not pair; write '";
    CompactOutput one = new CompactOutput();
    new MessageDeltas().write(one, "r", "'**区别：**" + template + "**区别**：'.");
    CompactOutput two = new CompactOutput();
    MessageDeltas writer = new MessageDeltas();
    writer.write(two, "r", "'**区别：**" + template + "**区别**：'.");
    writer.write(two, "r", "'**初始化：**" + template + "**初始化**：'.");

    assertThat(two.toByteArray().length - one.toByteArray().length)
        .as("the two quotes (2 × 9 bytes) and a few numbers")
        .isLessThan(30);
  }

  @Test
  void aSharedRunPastThePreviousMessageIsAnIoException() throws IOException {
    CompactOutput out = new CompactOutput();
    MessageDeltas writer = new MessageDeltas();
    writer.write(out, "r", "0123456789abcdefghij");
    out.writeInt(0);
    out.writeInt(0);
    out.writeInt(16); // a shared run of 16 bytes from byte 8 of a previous text of 20
    out.writeInt(8);
    out.writeString("");
    out.writeString("");
    byte[] bytes = out.toByteArray();

    CompactInput in = new CompactInput(bytes, 0, bytes.length);
    MessageDeltas reader = new MessageDeltas();
    ByteColumn text = new ByteColumn(16);
    reader.read(in, "r", text);
    assertThatThrownBy(() -> reader.read(in, "r", text)).isInstanceOf(IOException.class);
  }

  @Test
  void aDeltaPastThePreviousMessageIsAnIoException() {
    CompactOutput out = new CompactOutput();
    out.writeInt(3); // a prefix of three characters of a previous message that does not exist
    out.writeInt(0);
    out.writeString("x");
    byte[] bytes = out.toByteArray();

    assertThatThrownBy(
            () ->
                new MessageDeltas()
                    .read(new CompactInput(bytes, 0, bytes.length), "r", new ByteColumn(16)))
        .isInstanceOf(IOException.class);
  }
}
