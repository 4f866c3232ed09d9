package io.github.qbanklint.core.bank;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.Heading;
import io.github.qbanklint.core.document.MarkdownParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.ThematicBreak;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The acceptance property of the bank model: "inserting an answer sub-heading (deeper than its
 * question) inside an answer, a blank line between blocks (including right after a {@code </hN>}
 * heading), or a new question with its answer between two questions changes no other question's
 * role or answered status."
 *
 * <p>Every fixture bank in {@code banks/*.md} (not the folder's {@code README.md}, which documents
 * them) is a seed. For each bank and each kind of edit, {@value #EDITS} edits are drawn with a
 * {@link Random} seeded from the bank's name and the kind, each applied alone to the original text.
 * After an edit, every question of the original model must still be an item at its line (shifted by
 * the inserted lines when it stands at or after the insertion), with the same text, role {@code
 * question}, the same shape and the same answered/unanswered status. {@code thin} is not compared:
 * a sub-heading inserted into an answer adds to its shown text. Inserted text uses the bank's own
 * line ending, so CRLF banks stay CRLF.
 *
 * <p>Where an edit may go, and what "inside an answer" means for each shape:
 *
 * <ul>
 *   <li><b>Block boundaries</b> are found on a plain commonmark parse of the text (without the
 *       model's re-parse of run-on answers): before a line that is not inside the line range of a
 *       top-level block. So nothing is inserted inside a fenced code block, a table, a list
 *       (between list items or inside one), a block quote or a raw HTML block, and never before the
 *       first line, nor between a MkDocs admonition's opener ({@code ??? note "Answer"}) and the
 *       code block indented under it, which CommonMark reads apart but which is the box's body. The
 *       one exception is the line right after a heading that starts a top-level block: for an HTML
 *       heading whose answer runs on without a blank line (a run-on), CommonMark keeps that answer
 *       inside the heading's HTML block, but the contract reads it as the answer, so that line is a
 *       boundary too. These lines are found from the headings, not from {@link
 *       Document#htmlRunOns()}, so that they are edited even where the model missed a run-on.
 *   <li><b>Blank line</b>: one empty line at any block boundary: every existing blank line between
 *       top-level blocks, between two blocks with no blank line, and right after every top-level
 *       heading (ATX, setext and HTML, run-on or not).
 *   <li><b>Sub-heading</b>, for a heading question at level L &lt; 6: an ATX heading of level L+1
 *       to 6 at a block boundary inside its answer, from the line after the question heading (after
 *       {@code </hN>} or the setext underline) up to and including the line of the next item that
 *       is not one of its answer-headings (inserting there puts the sub-heading at the very end of
 *       the answer). It is inserted with or without blank lines around it; without a blank line
 *       before it only where the line before ends a paragraph, a heading, a fence or a thematic
 *       break, or is a run-on {@code </hN>} line (then the sub-heading lands in the re-parsed
 *       run-on text): after a raw HTML block such as {@code <details><summary>Answer</summary>} the
 *       line would continue the HTML block and be no heading at all. Its text comes from a pool of
 *       typical answer sub-headings, some with a question mark, a question marker, a question word
 *       or a plain integer number, but never a dotted number: a number that extends the question's
 *       own ({@code 3.1} under {@code 3}) makes the question a container by rule 3(a) of the
 *       contract, as intended.
 *   <li>In a {@code heading-leaf} bank, sub-headings carry no question mark and no marker, and the
 *       enclosing leaf question itself is not checked (every other question is). A leaf is by
 *       definition a heading with no deeper heading (rule 7), so any sub-heading turns it into a
 *       section. And a sub-heading with a question mark or marker is a question by rule 5, after
 *       which rule 7 (only for files with no question by 5–6) no longer applies and every leaf
 *       question of the file becomes a section. Both follow from the contract but break the
 *       property as worded; they are reported, not tested.
 *   <li>A {@code front-matter-title} question's answer is the page's body: it gets sub-headings of
 *       level 2 to 6 without a question marker or question mark, as a heading question would make
 *       the page a bank of heading questions, whose front matter asks nothing (by the contract).
 *   <li>A paragraph question's answer ends at the next heading, so no heading stands inside it: for
 *       {@code bold-paragraph}, {@code numbered-bold} and {@code marker-paragraph} questions a
 *       wholly bold line that is not a question ({@code **Example**}, {@code **Note:** …}) is
 *       inserted instead, as a paragraph of its own between the answer's blocks, and only into
 *       answered questions: such a line is content by the contract, so it would rightly answer an
 *       unanswered question. A {@code list-item-question}'s answer is nested in its list item,
 *       where no top-level boundary lies: its questions get no sub-heading edit.
 *   <li><b>New question</b>: right before the line of a question that has a question before it (so
 *       between two questions; a bank of one question gets none), a question written in that
 *       question's own syntax: the same ATX prefix, setext underline, {@code <hN>} tag (run-on or
 *       not, as that question's answer is; a {@code <details>} element of its own before one whose
 *       {@code <summary>} holds the {@code <hN>}), bold run, bold number, box opener (closed by the
 *       same fence, or the answer indented under an admonition), plain marker (the answer then
 *       opens with {@code A:}, as a marker paragraph need not end in a question mark), list marker
 *       and indentation, or a table row with the new question in the question's cell and the answer
 *       in every other cell. Its text keeps the copied question's marker or number and its question
 *       mark or leading question word, with a new word in the title (a heading that only names its
 *       question, {@code ### 面试题}, is copied as it is, with a new question in the paragraph under
 *       it); it gets a real answer (a sentence of over 20 characters; nested under the item for a
 *       list item). The new item must be a question too, and answered.
 * </ul>
 */
class BankModelPropertyTest {
  private static final Path BANKS = Path.of("src", "test", "resources", "banks");
  private static final BankModelBuilder DEFAULTS = new BankModelBuilder(BankConventions.defaults());

  /** A MkDocs admonition's opener line: its body, indented under it, belongs to the box. */
  private static final Pattern ADMONITION = Pattern.compile("(?:!!!|\\?\\?\\?)");

  /** The colons of a container's opening fence, which its closing fence repeats. */
  private static final Pattern FENCE_COLONS = Pattern.compile(":{3,}");

  /** Edits per bank and kind of edit: three kinds, so three times this many per bank. */
  private static final int EDITS = 100;

  /** Sub-headings without a question marker or question mark. */
  private static final List<String> PLAIN_SUB_HEADINGS =
      List.of(
          "总结", "示例代码", "Example", "1. 步骤", "2) Details", "注意事项", "参考资料", "Explain the trade-off");

  /** Sub-headings that a question at their own level would be recognised by. */
  private static final List<String> SIGNALLED_SUB_HEADINGS =
      List.of(
          "为什么？",
          "Follow-up: why does this matter?",
          "How does it scale?",
          "Q: follow-up",
          "什么时候用？ (easy)");

  private static final List<String> BOLD_LINES =
      List.of("**Example**", "**Note:** this holds in general.", "__Complexity__", "**总结**");

  private static final Pattern ATX_PREFIX = Pattern.compile("^ {0,3}#{1,6}[ \\t]+");
  private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
  private static final Pattern HTML_OPEN = Pattern.compile("^ {0,3}<[hH]([1-6])");
  private static final Pattern BOLD_NUMBER =
      Pattern.compile("^(\\*\\*|__)(\\d{1,4}\\s*[.)、）．:：]?)\\1\\s*");
  private static final Pattern BOLD_NUMBER_AND_TITLE =
      Pattern.compile("^(\\*\\*|__)\\d{1,4}\\s*[)）]");
  private static final Pattern LIST_MARKER =
      Pattern.compile("^( {0,3})(\\d{1,9}[.)]|[-*+])( {1,4})");

  enum Edit {
    SUB_HEADING,
    BLANK_LINE,
    NEW_QUESTION
  }

  static Stream<Arguments> cases() throws IOException {
    List<String> banks;
    try (Stream<Path> files = Files.list(BANKS)) {
      banks =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".md") && !n.equals("README.md"))
              .sorted()
              .toList();
    }
    assertThat(banks).hasSizeGreaterThanOrEqualTo(9);
    List<Arguments> cases = new ArrayList<>();
    for (String bank : banks) {
      for (Edit edit : Edit.values()) {
        cases.add(Arguments.of(bank, edit));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("cases")
  void anEditChangesNoOtherQuestionsRoleOrStatus(String name, Edit kind) throws IOException {
    Bank bank = new Bank(name, Files.readString(BANKS.resolve(name), StandardCharsets.UTF_8));
    assertThat(bank.model.questions()).as("%s has questions", name).isNotEmpty();
    Random random = new Random(name.hashCode() * 31L + kind.ordinal());
    List<String> failures = new ArrayList<>();
    int applied = 0;
    for (int i = 0; i < EDITS; i++) {
      Optional<Change> change =
          switch (kind) {
            case SUB_HEADING -> bank.subHeading(random);
            case BLANK_LINE -> bank.blankLine(random);
            case NEW_QUESTION -> bank.newQuestion(random);
          };
      if (change.isEmpty()) {
        continue;
      }
      applied++;
      check(bank, change.get(), failures);
    }
    if (kind == Edit.SUB_HEADING && bank.subHeadingCandidates().isEmpty()) {
      assertThat(applied).as("no question of %s takes a sub-heading", name).isZero();
    } else if (kind == Edit.NEW_QUESTION && bank.model.questions().size() < 2) {
      assertThat(applied).as("%s has no two questions to insert one between", name).isZero();
    } else {
      assertThat(applied).as("edits applied to %s", name).isGreaterThan(EDITS / 2);
    }
    assertThat(failures)
        .as("%s: %d of %d %s edits broke the property", name, failures.size(), applied, kind)
        .isEmpty();
  }

  /** Applies one change and compares every original question with what stands at its line now. */
  private static void check(Bank bank, Change change, List<String> failures) {
    List<String> lines = new ArrayList<>(bank.lines);
    lines.addAll(change.before() - 1, change.inserted());
    String text = String.join(bank.eol, lines);
    BankModel edited = DEFAULTS.modelOf(Document.of(bank.name, text));
    Map<Integer, BankItem> byLine = new HashMap<>();
    edited.items().forEach(item -> byLine.put(item.line(), item));
    int shift = change.inserted().size();
    List<String> problems = new ArrayList<>();
    for (Question q : bank.model.questions()) {
      if (change.exempt().isPresent() && change.exempt().get() == q) {
        continue;
      }
      int line = q.line() >= change.before() ? q.line() + shift : q.line();
      BankItem now = byLine.get(line);
      String was =
          describe(q.shape(), q.answered()) + " '" + q.text() + "' (line " + q.line() + ")";
      if (now == null || !now.text().equals(q.text())) {
        problems.add(was + ": no such item at line " + line + " any more");
      } else if (now.role() != HeadingRole.QUESTION) {
        problems.add(was + ": now " + now.role().id());
      } else {
        Question n = now.question().orElseThrow();
        if (n.shape() != q.shape() || n.answered() != q.answered()) {
          problems.add(was + ": now " + describe(n.shape(), n.answered()));
        }
      }
    }
    if (change.newQuestionLine() > 0) {
      BankItem added = byLine.get(change.newQuestionLine());
      if (added == null || added.question().isEmpty()) {
        problems.add(
            "the inserted question at line "
                + change.newQuestionLine()
                + " is "
                + (added == null ? "no item" : added.role().id()));
      } else if (added.question().get().answered() != change.answered()) {
        problems.add(
            "the inserted question at line "
                + change.newQuestionLine()
                + " is "
                + (change.answered() ? "unanswered" : "answered"));
      }
    }
    if (!problems.isEmpty()) {
      failures.add(
          "inserting "
              + change.inserted()
              + " before line "
              + change.before()
              + " ("
              + change.why()
              + "): "
              + String.join("; ", problems));
    }
  }

  private static String describe(QuestionShape shape, boolean answered) {
    return shape.id() + "/" + (answered ? "answered" : "unanswered");
  }

  /**
   * Lines to insert before 1-based line {@code before} of the original; the new question's line
   * after the edit, or 0; the question whose own role the edit may change by design; whether the
   * new question is answered.
   */
  record Change(
      int before,
      List<String> inserted,
      int newQuestionLine,
      Optional<Question> exempt,
      String why,
      boolean answered) {

    Change(
        int before,
        List<String> inserted,
        int newQuestionLine,
        Optional<Question> exempt,
        String why) {
      this(before, inserted, newQuestionLine, exempt, why, true);
    }
  }

  /**
   * Whether a question inserted as a copy of {@code q}, with an answer under it, is answered: it
   * is, unless an answer key apart answers {@code q}; the copy takes {@code q}'s number, so the
   * same entry answers it, or none does.
   */
  private static boolean answeredAsCopyOf(Question q) {
    return q.answerKey().isEmpty() || q.answered();
  }

  /** One original bank: its lines, its model, and where edits may go. */
  private static final class Bank {
    final String name;
    final String eol;
    final List<String> lines;
    final Document document;
    final BankModel model;

    /** {@code boundary[k]}: a line may be inserted before line k (1-based). */
    final boolean[] boundary;

    /**
     * {@code mayFollowDirectly[k]}: a heading line inserted before line k starts a block of its own
     * without a blank line before it: line k-1 is blank, ends a paragraph, a heading, a fence or a
     * thematic break, or is a run-on HTML heading's last line. After an HTML block (which ends only
     * at a blank line), a table or a list the heading line would be read as part of it.
     */
    final boolean[] mayFollowDirectly;

    final TreeSet<Integer> boundaries = new TreeSet<>();
    final TreeSet<Integer> runOnLines = new TreeSet<>();

    Bank(String name, String text) {
      this.name = name;
      this.eol = text.contains("\r\n") ? "\r\n" : "\n";
      this.lines = List.of(text.split(Pattern.quote(eol), -1));
      this.document = Document.of(name, text);
      this.model = DEFAULTS.modelOf(document);
      // The last element is empty when the text ends with a line ending: inserting before it
      // appends a line to the file.
      boundary = new boolean[lines.size() + 1];
      Arrays.fill(boundary, 2, boundary.length, true);
      mayFollowDirectly = new boolean[lines.size() + 1];
      for (int k = 2; k < mayFollowDirectly.length; k++) {
        mayFollowDirectly[k] = lines.get(k - 2).isBlank();
      }
      Node raw = MarkdownParser.parse(text, Integer.MAX_VALUE);
      for (Node block = raw.getFirstChild(); block != null; block = block.getNext()) {
        List<SourceSpan> spans = block.getSourceSpans();
        int first = spans.get(0).getLineIndex() + 1;
        int last = spans.get(spans.size() - 1).getLineIndex() + 1;
        for (int k = first + 1; k <= last && k < boundary.length; k++) {
          boundary[k] = false;
        }
        if (block instanceof IndentedCodeBlock && opensAdmonition(block.getPrevious())) {
          List<SourceSpan> opener = block.getPrevious().getSourceSpans();
          for (int k = opener.get(opener.size() - 1).getLineIndex() + 2; k <= first; k++) {
            boundary[k] = false;
          }
        }
        if (last + 1 < mayFollowDirectly.length
            && (block instanceof Paragraph
                || block instanceof org.commonmark.node.Heading
                || block instanceof FencedCodeBlock
                || block instanceof ThematicBreak)) {
          mayFollowDirectly[last + 1] = true;
        }
      }
      // Right after a heading that starts a top-level block. Found from the headings, not from
      // Document.htmlRunOns(), so that the run-on lines are edited even if the model missed them.
      for (Heading h : document.headings()) {
        Node node = h.node();
        int blockStart = Document.startOffset(node);
        int k = document.line(h.end() - 1) + 1;
        if (node.getParent() != document.root()
            || !text.substring(blockStart, h.start()).isBlank()
            || k >= boundary.length) {
          continue;
        }
        if (!boundary[k] && !lines.get(k - 1).isBlank()) {
          runOnLines.add(k);
          mayFollowDirectly[k] = true;
        }
        boundary[k] = true;
      }
      for (int k = 2; k < boundary.length; k++) {
        if (boundary[k]) {
          boundaries.add(k);
        }
      }
    }

    private boolean opensAdmonition(Node block) {
      return block instanceof Paragraph
          && ADMONITION
              .matcher(lines.get(block.getSourceSpans().get(0).getLineIndex()))
              .lookingAt();
    }

    Optional<Change> blankLine(Random random) {
      List<Integer> all = new ArrayList<>(boundaries);
      int k = all.get(random.nextInt(all.size()));
      return Optional.of(new Change(k, List.of(""), 0, Optional.empty(), "blank line"));
    }

    List<Question> subHeadingCandidates() {
      return model.questions().stream()
          .filter(
              q ->
                  (q.kind() == ItemKind.PARAGRAPH && q.answered())
                      || q.kind() == ItemKind.FRONT_MATTER
                      || (q.kind() == ItemKind.HEADING && q.heading().get().level() < 6))
          .filter(q -> !answerBoundaries(q).isEmpty())
          .toList();
    }

    Optional<Change> subHeading(Random random) {
      List<Question> candidates = subHeadingCandidates();
      if (candidates.isEmpty()) {
        return Optional.empty();
      }
      Question q = candidates.get(random.nextInt(candidates.size()));
      List<Integer> places = answerBoundaries(q);
      int k = places.get(random.nextInt(places.size()));
      List<String> inserted = new ArrayList<>();
      if (q.kind() == ItemKind.PARAGRAPH) {
        inserted.add("");
        inserted.add(BOLD_LINES.get(random.nextInt(BOLD_LINES.size())));
        inserted.add("");
        return Optional.of(
            new Change(k, inserted, 0, Optional.empty(), "bold line in the answer of " + q.line()));
      }
      int level = q.heading().map(Heading::level).orElse(1);
      int sub = level + 1 + random.nextInt(6 - level);
      List<String> pool = new ArrayList<>(PLAIN_SUB_HEADINGS);
      if (!model.shapes().contains(QuestionShape.HEADING_LEAF)
          && q.kind() != ItemKind.FRONT_MATTER) {
        pool.addAll(SIGNALLED_SUB_HEADINGS);
      }
      String heading = "#".repeat(sub) + " " + pool.get(random.nextInt(pool.size()));
      if (!mayFollowDirectly[k] || random.nextBoolean()) {
        inserted.add("");
      }
      inserted.add(heading);
      if (random.nextBoolean()) {
        inserted.add("");
      }
      Optional<Question> exempt =
          q.shape() == QuestionShape.HEADING_LEAF ? Optional.of(q) : Optional.empty();
      return Optional.of(
          new Change(k, inserted, 0, exempt, "sub-heading in the answer of " + q.line()));
    }

    /**
     * Block boundaries inside a question's answer: after the question (the lines of its own block
     * are no boundaries), up to the line of the next item that is not one of its answer-headings. A
     * question answered by a key apart owns only its prompt: the key may follow it with no item of
     * its own, headed by a bold paragraph ({@code **Answer key**}), and runs to the next heading.
     */
    List<Integer> answerBoundaries(Question q) {
      int end = lines.size();
      boolean after = false;
      for (BankItem item : model.items()) {
        if (item.question().isPresent() && item.question().get() == q) {
          after = true;
        } else if (after && item.role() != HeadingRole.ANSWER_HEADING) {
          end = item.line();
          break;
        }
      }
      if (q.answerKey().isPresent()) {
        end = Math.min(end, promptEndLine(q) + 1);
      }
      return new ArrayList<>(boundaries.subSet(q.line() + 1, true, end, true));
    }

    /** The last line of a question's prompt, or of the question when it has none. */
    private int promptEndLine(Question q) {
      if (q.prompt().isEmpty()) {
        return document.line(Math.max(q.start(), q.end() - 1));
      }
      int start = document.text().indexOf(q.prompt(), q.start());
      return document.line(start + q.prompt().length() - 1);
    }

    Optional<Change> newQuestion(Random random) {
      List<Question> questions = model.questions();
      if (questions.size() < 2) {
        return Optional.empty();
      }
      int j = 1 + random.nextInt(questions.size() - 1);
      Question q = questions.get(j);
      String token = "zq" + random.nextInt(1000);
      String title = newText(q.text(), token);
      String answer = "This answer for " + token + " is long enough to count as a real answer.";
      String line = lines.get(q.line() - 1);
      List<String> inserted = new ArrayList<>();
      int questionLine = q.line();
      switch (q.kind()) {
        case HEADING -> {
          Heading h = q.heading().get();
          Matcher atx = ATX_PREFIX.matcher(line);
          Matcher html = HTML_OPEN.matcher(line);
          Matcher item = LIST_MARKER.matcher(line);
          String indent = "";
          if (DetailsElements.summarises(h)) {
            // <details><summary><h3>…</h3></summary>: a new element before the question's own.
            int opener = document.line(Document.startOffset(h.node()));
            String tag = "h" + h.level();
            inserted.addAll(
                List.of(
                    "<details>",
                    "<summary><" + tag + ">" + title + "</" + tag + "></summary>",
                    "",
                    answer,
                    "",
                    "</details>",
                    ""));
            return Optional.of(
                new Change(
                    opener,
                    inserted,
                    opener + 1,
                    Optional.empty(),
                    "new " + q.shape().id() + " before " + opener,
                    answeredAsCopyOf(q)));
          }
          if (!h.isHtml()
              && item.lookingAt()
              && atx.region(item.end(), line.length()).lookingAt()) {
            inserted.add(line.substring(0, atx.end()) + title); // a heading opening a list item
            inserted.add("");
            indent = " ".repeat(item.end());
          } else if (h.isHtml() && html.lookingAt()) {
            String tag = "h" + h.level();
            inserted.add("<" + tag + ">" + title + "</" + tag + ">");
            boolean runOn = runOnLines.contains(document.line(h.end() - 1) + 1);
            if (!runOn) {
              inserted.add("");
            }
          } else if (atx.lookingAt() && QuestionLabels.labelsHeading(h.text())) {
            inserted.add(atx.group() + h.text()); // ## 面试题, the question under it
            inserted.add("");
            inserted.add("What is " + token + "?");
            inserted.add("");
          } else if (atx.lookingAt()) {
            inserted.add(atx.group() + title);
            inserted.add("");
          } else if (q.line() < lines.size()
              && SETEXT_UNDERLINE.matcher(lines.get(q.line())).matches()) {
            inserted.add(title);
            inserted.add(lines.get(q.line()));
            inserted.add("");
          } else {
            return Optional.empty();
          }
          inserted.add(indent + answer);
          inserted.add("");
        }
        case PARAGRAPH -> {
          Matcher number = BOLD_NUMBER.matcher(line);
          Matcher titled = BOLD_NUMBER_AND_TITLE.matcher(line);
          if (q.shape() == QuestionShape.NUMBERED_BOLD && number.lookingAt()) {
            inserted.add(number.group() + "Explain " + token + " in a few words.");
          } else if (q.shape() == QuestionShape.NUMBERED_BOLD && titled.lookingAt()) {
            String bold = titled.group(1);
            inserted.add(
                titled.group() + " Task " + token + "." + bold + " Explain " + token + ".");
          } else if (q.shape() == QuestionShape.BOLD_PARAGRAPH) {
            String bold = line.startsWith("__") ? "__" : "**";
            inserted.add(bold + title + bold);
          } else if (q.shape() == QuestionShape.MARKER_PARAGRAPH) {
            inserted.add(title);
            inserted.add("A: " + answer);
          } else {
            return Optional.empty();
          }
          inserted.add("");
          inserted.add(answer);
          inserted.add("");
        }
        case DETAILS -> {
          inserted.add("<details>");
          inserted.add("<summary>" + title + "</summary>");
          inserted.add("");
          inserted.add(answer);
          inserted.add("");
          inserted.add("</details>");
          inserted.add("");
        }
        case BOX -> {
          if (!line.contains(q.text())) {
            return Optional.empty(); // markup in the title
          }
          inserted.add(line.replace(q.text(), title));
          Matcher fence = FENCE_COLONS.matcher(line);
          if (fence.lookingAt()) {
            inserted.add(answer);
            inserted.add(fence.group());
          } else {
            inserted.add("");
            inserted.add("    " + answer);
          }
          inserted.add("");
        }
        case TABLE_ROW -> {
          List<String> cells = new ArrayList<>(Arrays.asList(line.split("\\|", -1)));
          int column = -1;
          for (int c = 1; c < cells.size() - 1 && column < 0; c++) {
            column = cells.get(c).replaceAll("[`*]", "").strip().equals(q.text()) ? c : -1;
          }
          if (column < 0) {
            return Optional.empty();
          }
          for (int c = 1; c < cells.size() - 1; c++) {
            cells.set(c, " " + (c == column ? title : answer) + " ");
          }
          inserted.add(String.join("|", cells));
        }
        case LIST_ITEM -> {
          Matcher marker = LIST_MARKER.matcher(line);
          if (!marker.lookingAt()) {
            return Optional.empty();
          }
          if (q.answerKey().isPresent()) {
            return Optional.of(appendedToKeyedList(q, marker.group() + title));
          }
          inserted.add(marker.group() + title);
          inserted.add("");
          inserted.add(" ".repeat(marker.group().length()) + answer);
          inserted.add("");
        }
      }
      return Optional.of(
          new Change(
              questionLine,
              inserted,
              questionLine,
              Optional.empty(),
              "new " + q.shape().id() + " before " + q.line(),
              answeredAsCopyOf(q)));
    }

    /**
     * A new question after the last item of the numbered list whose item {@code q} is, when an
     * answer key apart answers the list, with the code and options nested under {@code q}: an item
     * inserted before another would renumber the items after it, and each would take another entry.
     * The new item takes the number after the last, which the fixtures' keys leave without an
     * entry: it is unanswered.
     */
    private Change appendedToKeyedList(Question q, String item) {
      List<String> inserted = new ArrayList<>(List.of(item));
      inserted.addAll(nestedLines(q.line()));
      int last = q.line();
      for (int k = q.line() + 1; k <= lines.size(); k++) {
        String text = lines.get(k - 1);
        if (text.startsWith(" ") || LIST_MARKER.matcher(text).lookingAt()) {
          last = k;
        } else if (!text.isBlank()) {
          break;
        }
      }
      return new Change(
          last + 1,
          inserted,
          last + 1,
          Optional.empty(),
          "new " + q.shape().id() + " after the keyed list of line " + q.line(),
          false);
    }

    /** The indented lines under the list item on 1-based line {@code itemLine}. */
    private List<String> nestedLines(int itemLine) {
      int end = itemLine;
      for (int k = itemLine + 1; k <= lines.size(); k++) {
        String text = lines.get(k - 1);
        if (text.startsWith(" ")) {
          end = k;
        } else if (!text.isBlank()) {
          break;
        }
      }
      return lines.subList(itemLine, end);
    }
  }

  /**
   * The text of a question of the same shape with a new word in it: the marker or number and the
   * first word (a question word, for {@code heading-interrogative}) stay in front, the question
   * mark and any difficulty tag at the end.
   */
  static String newText(String text, String token) {
    String title = NumberParser.defaults().read(text).title();
    int at = title.isEmpty() ? -1 : text.lastIndexOf(title);
    String prefix = at < 0 ? text : text.substring(0, at);
    String rest = at < 0 ? "" : title;
    int space = rest.indexOf(' ');
    String newTitle =
        space < 0 ? token + rest : rest.substring(0, space) + " " + token + rest.substring(space);
    if (prefix.isEmpty() || Character.isWhitespace(prefix.charAt(prefix.length() - 1))) {
      return prefix + newTitle;
    }
    return prefix + (rest.isEmpty() ? " " : "") + newTitle;
  }
}
