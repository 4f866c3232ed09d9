package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.Heading;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Builds the {@link BankModel} of a document under given {@link BankConventions}: every heading's
 * role ({@link HeadingRoles}), the paragraph and list-item questions outside heading answers
 * ({@link ParagraphQuestions}), each question's answer and status, the sections and the TOC.
 */
public final class BankModelBuilder {
  private final BankConventions conventions;
  private final NumberParser parser;
  private final AnswerClassifier answers;

  public BankModelBuilder(BankConventions conventions) {
    this.conventions = conventions;
    this.parser = new NumberParser(conventions);
    this.answers = new AnswerClassifier(conventions.placeholders());
  }

  /** The model of {@code document}, computed once per document and builder. */
  public BankModel modelOf(Document document) {
    return document.memo(this, this::build);
  }

  BankModel build(Document document) {
    List<Heading> all = document.headings();
    TocReader tocReader = new TocReader(document, conventions);
    Optional<Heading> tocHeading = tocReader.tocHeading(all);
    Optional<Toc> toc = tocReader.read(all, tocHeading);
    Blocks blocks = new Blocks(document, all);
    BlockKinds kinds = new BlockKinds(answers);

    List<NumberParser.Reading> readings = new ArrayList<>(all.size());
    List<HeadingRoles.Body> bodies = new ArrayList<>(all.size());
    ListQuestions lists = new ListQuestions(parser);
    int tocIndex = -1;
    for (int i = 0; i < all.size(); i++) {
      readings.add(reading(all.get(i)));
      bodies.add(kinds.body(blocks.ownBlocks(i)));
      if (tocHeading.isPresent() && tocHeading.get() == all.get(i)) {
        tocIndex = i;
      }
    }
    AnswerKeys keys = AnswerKeys.find(all, readings, blocks, kinds, parser);
    HeadingRoles roles =
        new HeadingRoles(
            all,
            readings,
            bodies,
            keys,
            blocks.detailsDepths(),
            i ->
                BankLikeness.holdsQuestionList(blocks.ownBlocks(i))
                    || lists.holdsListOfQuestions(blocks.ownBlocks(i)),
            tocIndex,
            conventions);
    List<ParagraphQuestions.Found> paragraphs =
        new ParagraphQuestions(parser, conventions.enabledShapes())
            .find(
                blocks.all(),
                outsideQuestionScope(blocks, roles, toc, keys),
                keys,
                !roles.hasQuestion()
                    && !new BankLikeness(parser, all, readings, blocks, kinds).answersApart());
    Optional<FrontMatterQuestion> frontMatter = Optional.empty();
    if (paragraphs.isEmpty()
        && !roles.hasQuestion()
        && conventions.enabledShapes().contains(QuestionShape.FRONT_MATTER_TITLE)) {
      frontMatter = FrontMatterQuestion.of(document, parser);
    }
    if (paragraphs.isEmpty() && frontMatter.isEmpty()) {
      roles.applyLeafShape();
    }
    return assemble(
        document, all, readings, roles, paragraphs, frontMatter, blocks, kinds, toc, keys);
  }

  /** What a heading's text says, with its list item's number when it opens one and has none. */
  private NumberParser.Reading reading(Heading heading) {
    NumberParser.Reading own = parser.read(heading.text());
    if (own.marker() || own.number().isPresent() || heading.isHtml()) {
      return own;
    }
    return ListItemNumber.of(heading.node())
        .map(n -> new NumberParser.Reading(false, Optional.of(n), own.title()))
        .orElse(own);
  }

  private BankModel assemble(
      Document document,
      List<Heading> all,
      List<NumberParser.Reading> readings,
      HeadingRoles roles,
      List<ParagraphQuestions.Found> paragraphs,
      Optional<FrontMatterQuestion> frontMatter,
      Blocks blocks,
      BlockKinds kinds,
      Optional<Toc> toc,
      AnswerKeys keys) {
    Map<Node, ParagraphQuestions.Found> paragraphAt = new IdentityHashMap<>();
    paragraphs.forEach(p -> paragraphAt.put(blocks.all().get(p.block()), p));
    List<BankItem> items = new ArrayList<>();
    List<Question> questions = new ArrayList<>();
    SectionTracker sections = new SectionTracker();
    frontMatter.ifPresent(
        asked ->
            add(
                frontMatterQuestion(document, asked, blocks, kinds),
                Optional.empty(),
                sections,
                questions,
                items));
    int next = 0;
    for (int i = 0; i <= all.size(); i++) {
      int upTo = i < all.size() ? all.get(i).start() : Integer.MAX_VALUE;
      for (; next < paragraphs.size() && startOf(paragraphs.get(next).node()) < upTo; next++) {
        Optional<Heading> section = sections.enclosing(Integer.MAX_VALUE);
        Question q =
            paragraphQuestion(
                document, paragraphs.get(next), blocks, kinds, paragraphAt, keys, title(section));
        add(q, section, sections, questions, items);
      }
      if (i == all.size()) {
        break;
      }
      Heading h = all.get(i);
      // Under a page's front matter question, the page's headings are its answer's.
      HeadingRole role =
          frontMatter.isPresent() && roles.role(i) == HeadingRole.SECTION
              ? HeadingRole.ANSWER_HEADING
              : roles.role(i);
      Optional<SequenceNumber> number =
          role == HeadingRole.TITLE || role == HeadingRole.TOC
              ? Optional.empty()
              : readings.get(i).number();
      if (role == HeadingRole.QUESTION) {
        Optional<Heading> section = sections.enclosingQuestion(h.level());
        Question q =
            headingQuestion(
                document, i, h, roles, readings.get(i), blocks, kinds, all, keys, title(section));
        add(q, section, sections, questions, items);
      } else {
        if (role == HeadingRole.SECTION) {
          sections.open(
              h, kinds.hasContent(blocks.between(i, nextNotAnswerHeading(i, roles, all))));
        }
        items.add(
            new BankItem(
                ItemKind.HEADING,
                h.level(),
                role,
                number,
                h.text(),
                h.line(),
                Optional.of(h),
                Optional.empty()));
      }
    }
    Optional<BankModel.UnrecognisedBank> unrecognised =
        questions.isEmpty()
            ? new BankLikeness(parser, all, readings, blocks, kinds).unrecognised(toc)
            : Optional.empty();
    return new BankModel(toc, sections.sections(), questions, items, unrecognised);
  }

  /**
   * The first heading after heading {@code i} that is not an answer's sub-heading: an answer key's
   * entries ({@code ### Answer 1: …}) are its section's text.
   */
  private static int nextNotAnswerHeading(int i, HeadingRoles roles, List<Heading> all) {
    int end = i + 1;
    while (end < all.size() && roles.role(end) == HeadingRole.ANSWER_HEADING) {
      end++;
    }
    return end;
  }

  private static void add(
      Question q,
      Optional<Heading> section,
      SectionTracker sections,
      List<Question> questions,
      List<BankItem> items) {
    sections.add(section, q);
    questions.add(q);
    items.add(
        new BankItem(
            q.kind(),
            q.heading().map(Heading::level).orElse(0),
            HeadingRole.QUESTION,
            q.number(),
            q.text(),
            q.line(),
            q.heading(),
            Optional.of(q)));
  }

  private static Optional<String> title(Optional<Heading> section) {
    return section.map(Heading::text);
  }

  /**
   * Blocks where a paragraph or list question cannot stand: inside a heading question's answer, in
   * the table of contents, in an answer key.
   */
  private static boolean[] outsideQuestionScope(
      Blocks blocks, HeadingRoles roles, Optional<Toc> toc, AnswerKeys keys) {
    boolean[] skip = new boolean[blocks.all().size()];
    boolean inAnswer = false;
    int heading = 0;
    for (int b = 0; b < skip.length; b++) {
      for (; heading < blocks.headingCount() && blocks.headingBlock(heading) <= b; heading++) {
        HeadingRole role = roles.role(heading);
        if (role != HeadingRole.ANSWER_HEADING) {
          inAnswer = role == HeadingRole.QUESTION || role == HeadingRole.TOC;
        }
      }
      skip[b] =
          inAnswer
              || toc.isPresent() && inToc(toc.get(), startOf(blocks.all().get(b)))
              || keys.holdsBlock(b);
    }
    return skip;
  }

  private static boolean inToc(Toc toc, int offset) {
    return offset >= toc.blockStart() && offset < toc.blockEnd();
  }

  private Question headingQuestion(
      Document document,
      int i,
      Heading h,
      HeadingRoles roles,
      NumberParser.Reading reading,
      Blocks blocks,
      BlockKinds kinds,
      List<Heading> all,
      AnswerKeys keys,
      Optional<String> sectionTitle) {
    int end = nextNotAnswerHeading(i, roles, all);
    List<Node> blocksUnder = blocks.between(i, end);
    int firstUnder = blocks.headingBlock(i) + 1;
    blocksUnder =
        blocksUnder.subList(
            0, keys.keyBlockWithin(firstUnder, firstUnder + blocksUnder.size()) - firstUnder);
    if (DetailsElements.summarises(h)) {
      // <details><summary><h3>…</h3></summary> over the answer in the same HTML block (a nested
      // <details><summary>답변</summary>, or the text itself): the block is the answer's too.
      int own = blocks.headingBlock(i);
      blocksUnder = blocks.all().subList(own, own + 1 + blocksUnder.size());
    }
    // A heading that only numbers (### 问题7) or names (## 面试题) its question: the question is
    // written under it.
    boolean bare = reading.title().isBlank() || QuestionLabels.labelsHeading(h.text());
    int answerStart = answerStart(blocksUnder, kinds, labelHeadingBlock(i, end, all, blocks), bare);
    if (answerStart == 0) {
      answerStart =
          kinds.statementEnd(
              blocksUnder,
              afterOptions(
                  blocksUnder, bare ? afterQuestionParagraph(document, blocksUnder, kinds) : 0));
    }
    Optional<AnswerKeys.Key> key = keyOf(keys, h.start(), reading.number());
    if (key.isPresent()) {
      answerStart = blocksUnder.size();
    }
    List<Node> body =
        key.map(k -> k.answer(reading.number().orElseThrow()))
            .orElse(blocksUnder.subList(answerStart, blocksUnder.size()));
    List<Node> prompt = blocksUnder.subList(0, answerStart);
    return new Question(
        ItemKind.HEADING,
        roles.shape(i),
        Optional.of(h),
        h.text(),
        h.line(),
        h.start(),
        h.end(),
        h.anchor(),
        reading.number(),
        bare ? "" : reading.title(),
        sectionTitle,
        source(document, prompt),
        key.map(AnswerKeys.Key::title),
        body,
        kinds.answers(body),
        ChoiceAnswers.measured(
            prompt, body, AnswerLength.of(blocks.index(), kinds.withoutFiller(body))));
  }

  /** The answer key below a numbered question that answers it, if any. */
  private static Optional<AnswerKeys.Key> keyOf(
      AnswerKeys keys, int offset, Optional<SequenceNumber> number) {
    return number.isPresent() ? keys.keyOf(offset) : Optional.empty();
  }

  /**
   * Where the answer starts when no label opens it: after the question's options ({@code - A) …},
   * three or more lettered in sequence: see {@link OptionLists}), and the code shown above them,
   * when they stand first; else at {@code start}. Options are the question's, never its answer.
   */
  private static int afterOptions(List<Node> under, int start) {
    int k = start;
    while (k < under.size()
        && (under.get(k) instanceof FencedCodeBlock || under.get(k) instanceof IndentedCodeBlock)) {
      k++;
    }
    return k < under.size() && OptionLists.isOptions(under.get(k)) ? k + 1 : start;
  }

  /**
   * Where the answer starts among the blocks under a question heading. A question may show
   * something before its answer: a quiz its code and options, a task its statement under a bare
   * {@code ## Question 4} (then at least its first paragraph: see {@link #afterQuestionParagraph}).
   * The answer then starts at a {@code <details>} whose summary labels it ({@code Answer}, {@code
   * 查看答案}) or a container so titled ({@code ::: details 答案}), at a sub-heading or a paragraph that
   * names it ({@code ### Solution}, {@code #### Answer: D}, {@code **Solution:**}), or, after code,
   * a list or a table, or under a heading with no question of its own, at a paragraph opening with
   * an answer label ({@code **Answer:** B}, {@code 答案：B}). Elsewhere the answer starts right under
   * the heading, and a labelled paragraph after prose is part of it.
   *
   * @param labelHeading the position in {@code under} of the first sub-heading that names the
   *     answer, or -1
   * @param bareHeading whether the question's heading is only a marker or a number
   */
  private static int answerStart(
      List<Node> under, BlockKinds kinds, int labelHeading, boolean bareHeading) {
    boolean material = bareHeading;
    for (int k = 0; k < under.size(); k++) {
      Node block = under.get(k);
      if (k > 0
          && (k == labelHeading
              || DetailsElements.opensAnswer(block)
              || block instanceof Paragraph p && opensAnswer(p, kinds))) {
        return k;
      }
      if (material
          && block instanceof Paragraph
          && AnswerClassifier.opensWithAnswerLabel(kinds.shown(block).strip())) {
        return k;
      }
      material |=
          block instanceof FencedCodeBlock
              || block instanceof IndentedCodeBlock
              || block instanceof ListBlock
              || block instanceof TableBlock;
    }
    return 0;
  }

  /**
   * Whether a paragraph is an answer's name ({@code **Solution:**}) or opens a container titled so
   * ({@code ::: details 答案}).
   */
  private static boolean opensAnswer(Paragraph paragraph, BlockKinds kinds) {
    String shown = kinds.shown(paragraph).strip();
    return AnswerLabels.isLabelParagraph(paragraph.getFirstChild(), shown)
        || BoxMarkup.openedTitle(paragraph.getFirstChild())
            .filter(AnswerLabels::labelsSummary)
            .isPresent();
  }

  /**
   * Where the answer starts under a heading with no question of its own ({@code ### 问题7}): after
   * its first paragraph (sub-headings above it aside), which is the question, unless it asks and
   * then says more ({@code What is X?} over {@code X is …}, or on the same line): then it holds its
   * answer, and the answer starts at 0.
   */
  private static int afterQuestionParagraph(Document document, List<Node> under, BlockKinds kinds) {
    int first = 0;
    while (first < under.size() && kinds.kind(under.get(first)) == AnswerClassifier.Kind.HEADING) {
      first++;
    }
    if (first == under.size() || !(under.get(first) instanceof Paragraph paragraph)) {
      return 0;
    }
    String text = source(document, List.of(paragraph));
    boolean asked = false;
    for (String line : text.lines().toList()) {
      boolean asks = QuestionText.endsWithQuestionMark(line);
      if (asked && !asks) {
        return 0;
      }
      asked |= asks;
    }
    return QuestionText.holdsQuestionMark(text) && !QuestionText.endsWithQuestionMark(text)
        ? 0
        : first + 1;
  }

  /**
   * Where, among the blocks under question heading {@code i}, stands the first of its sub-headings
   * (up to heading {@code end}) that names the answer; -1 if none does.
   */
  private static int labelHeadingBlock(int i, int end, List<Heading> all, Blocks blocks) {
    for (int j = i + 1; j < end; j++) {
      if (AnswerLabels.labelsHeading(all.get(j).text())) {
        return blocks.headingBlock(j) - blocks.headingBlock(i) - 1;
      }
    }
    return -1;
  }

  private Question paragraphQuestion(
      Document document,
      ParagraphQuestions.Found found,
      Blocks blocks,
      BlockKinds kinds,
      Map<Node, ParagraphQuestions.Found> paragraphAt,
      AnswerKeys keys,
      Optional<String> sectionTitle) {
    List<Node> body = new ArrayList<>();
    found.answerLines().ifPresent(body::add);
    if (found.answer().isPresent()) {
      body.addAll(found.answer().get());
    } else {
      for (int b = found.block() + 1; b < blocks.all().size(); b++) {
        Node block = blocks.all().get(b);
        if (paragraphAt.containsKey(block) || blocks.startsHeading(b) || keys.holdsBlock(b)) {
          break;
        }
        body.add(block);
      }
    }
    int start = startOf(found.node());
    NumberParser.Reading reading = parser.read(found.text());
    Optional<SequenceNumber> number = found.keyNumber().or(reading::number);
    // A paragraph that only numbers its question (**Question 4**), as a bare heading does, or a
    // <details> whose summary only does (<summary>Question 4</summary>): the question is written
    // below it, in the element's body, over the answer (a nested <details> labelled as such).
    boolean bare =
        reading.title().isBlank()
            && found.answerLines().isEmpty()
            && (found.answer().isEmpty() || found.shape() == QuestionShape.DETAILS_SUMMARY);
    // A <details> element's blocks start with its opener, the block of the summary.
    int opener = bare && !body.isEmpty() && body.get(0) == found.node() ? 1 : 0;
    List<Node> below = body.subList(opener, body.size());
    int answerStart = bare ? answerStart(below, kinds, -1, true) : 0;
    if (answerStart == 0) {
      int from = bare ? afterQuestionParagraph(document, below, kinds) : 0;
      if (bare || found.answerLines().isEmpty()) {
        from = afterOptions(below, from);
      }
      answerStart = kinds.statementEnd(below, from);
    }
    answerStart += opener;
    Optional<AnswerKeys.Key> key = keyOf(keys, start, number);
    if (key.isPresent()) {
      answerStart = body.size();
    }
    List<Node> answer =
        key.map(k -> k.answer(number.orElseThrow())).orElse(body.subList(answerStart, body.size()));
    List<Node> prompt = body.subList(opener, answerStart);
    return new Question(
        kindOf(found),
        found.shape(),
        Optional.empty(),
        found.text(),
        document.line(start),
        start,
        firstLineEnd(document, found.node()),
        "",
        number,
        reading.title(),
        sectionTitle,
        source(document, prompt),
        key.map(AnswerKeys.Key::title),
        answer,
        kinds.answers(answer),
        ChoiceAnswers.measured(
            prompt, answer, AnswerLength.of(blocks.index(), kinds.withoutFiller(answer))));
  }

  private Question frontMatterQuestion(
      Document document, FrontMatterQuestion asked, Blocks blocks, BlockKinds kinds) {
    List<Node> body = new ArrayList<>(blocks.all());
    body.remove(asked.block());
    NumberParser.Reading reading = parser.read(asked.text());
    return new Question(
        ItemKind.FRONT_MATTER,
        QuestionShape.FRONT_MATTER_TITLE,
        Optional.empty(),
        asked.text(),
        document.line(asked.start()),
        asked.start(),
        asked.end(),
        "",
        reading.number(),
        reading.title(),
        Optional.empty(),
        "",
        Optional.empty(),
        body,
        kinds.answers(body),
        AnswerLength.of(blocks.index(), kinds.withoutFiller(body)));
  }

  private static ItemKind kindOf(ParagraphQuestions.Found found) {
    return switch (found.shape()) {
      case LIST_ITEM_QUESTION -> ItemKind.LIST_ITEM;
      case DETAILS_SUMMARY -> found.node() instanceof Paragraph ? ItemKind.BOX : ItemKind.DETAILS;
      case TABLE_ROW -> ItemKind.TABLE_ROW;
      default -> ItemKind.PARAGRAPH;
    };
  }

  /** Where a question's first line ends: findings mark the question, not its nested answer. */
  private static int firstLineEnd(Document document, Node node) {
    int start = startOf(node);
    int end = Document.endOffset(node);
    int newline = document.text().indexOf('\n', start);
    int lineEnd = newline < 0 ? end : Math.min(end, newline);
    return lineEnd > start && document.text().charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
  }

  /** The Markdown of consecutive blocks as written, empty for none. */
  private static String source(Document document, List<Node> blocks) {
    return blocks.isEmpty()
        ? ""
        : document
            .text()
            .substring(startOf(blocks.get(0)), Document.endOffset(blocks.get(blocks.size() - 1)));
  }

  private static int startOf(Node node) {
    return Document.startOffset(node);
  }

  /** Sections in document order, each collecting the questions under it. */
  private static final class SectionTracker {
    private final List<Heading> open = new ArrayList<>();
    private final List<Heading> order = new ArrayList<>();
    private final Map<Heading, Boolean> text = new IdentityHashMap<>();
    private final Map<Heading, List<Question>> questions = new IdentityHashMap<>();

    void open(Heading h, boolean hasText) {
      enclosing(h.level());
      open.add(h);
      order.add(h);
      text.put(h, hasText);
      questions.put(h, new ArrayList<>());
    }

    /** The innermost open section above an item at {@code level} (closing deeper ones). */
    Optional<Heading> enclosing(int level) {
      open.removeIf(s -> s.level() >= level);
      return innermost();
    }

    /**
     * The section of a question heading at {@code level}: a topic heading at the question's own
     * level ({@code ### Basic Statistics} over {@code ### What is variance?}) holds the questions
     * after it, up to the next section at its level or higher.
     */
    Optional<Heading> enclosingQuestion(int level) {
      open.removeIf(s -> s.level() > level);
      return innermost();
    }

    private Optional<Heading> innermost() {
      return open.isEmpty() ? Optional.empty() : Optional.of(open.get(open.size() - 1));
    }

    void add(Optional<Heading> section, Question q) {
      section.ifPresent(s -> questions.get(s).add(q));
    }

    List<Section> sections() {
      List<Section> sections = new ArrayList<>();
      for (Heading h : order) {
        sections.add(new Section(h, text.get(h), questions.get(h)));
      }
      return sections;
    }
  }
}
