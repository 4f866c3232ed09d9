package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.Heading;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Gives every heading of a document one role, heading by heading, from the file's conventions (see
 * {@code docs/bank-conventions.md}): the TOC heading; the title; containers (headings over
 * questions) as sections; questions by shape; headings inside an open question's answer as
 * answer-headings; other headings as sections. Adding a heading never changes the role of a
 * question outside the answer it lands in.
 */
final class HeadingRoles {
  /** How much a heading's own text says it is a question: marker, question mark, number. */
  private static final int MARKER = 3;

  private static final int QUESTION_MARK = 2;
  private static final int NUMBERED = 1;

  /** What stands under a heading before the next heading. */
  enum Body {
    NONE,
    LINKS_ONLY,
    PLACEHOLDER,
    CONTENT
  }

  private final List<Heading> headings;
  private final List<NumberParser.Reading> readings;
  private final List<Body> bodies;
  private final int[] detailsDepths;

  /**
   * Whether the blocks right under a heading hold a list of questions: asked only of the headings
   * whose role depends on it, since reading every list of every answer costs.
   */
  private final IntPredicate questionList;

  private final Set<QuestionShape> shapes;
  private final List<Integer> questionLevels;
  private final HeadingRole[] roles;
  private final QuestionShape[] questionShapes;
  private final int[] strength;
  private final boolean[] questionMark;

  /** Headings that only name the question under them ({@code ## 面试题}). */
  private final boolean[] labelled;

  /** The question label each heading with text under it is ({@code 面试题}), or null. */
  private final String[] labels;

  private boolean[] container;

  HeadingRoles(
      List<Heading> headings,
      List<NumberParser.Reading> readings,
      List<Body> bodies,
      AnswerKeys keys,
      int[] detailsDepths,
      IntPredicate questionList,
      int tocIndex,
      BankConventions conventions) {
    this.headings = headings;
    this.readings = readings;
    this.bodies = bodies;
    this.detailsDepths = detailsDepths;
    this.questionList = questionList;
    this.shapes = conventions.enabledShapes();
    this.questionLevels = conventions.questionLevels();
    int n = headings.size();
    roles = new HeadingRole[n];
    questionShapes = new QuestionShape[n];
    strength = new int[n];
    questionMark = new boolean[n];
    labelled = new boolean[n];
    labels = new String[n];
    for (int i = 0; i < n; i++) {
      NumberParser.Reading r = readings.get(i);
      String text = headings.get(i).text();
      questionMark[i] =
          conventions.questionMarkEndsQuestion()
              && (QuestionText.endsWithQuestionMark(text) || QuestionText.asksThenRequests(text));
      strength[i] =
          r.marker()
              ? MARKER
              : questionMark[i] ? QUESTION_MARK : questionNumbered(i) ? NUMBERED : 0;
    }
    markLabelledQuestions();
    if (tocIndex >= 0) {
      roles[tocIndex] = HeadingRole.TOC;
    }
    markAnswerKeys(keys);
    markTitles();
    assign();
  }

  /**
   * An answer key ({@code ## Answer key} over {@code ### Answer 1: …}) is a section, ending the
   * question above it, and its sub-headings are its answers' headings: none is a question.
   */
  private void markAnswerKeys(AnswerKeys keys) {
    for (AnswerKeys.Key key : keys.all()) {
      key.heading()
          .ifPresent(
              heading -> {
                roles[heading] = HeadingRole.SECTION;
                for (int j = heading + 1; j < key.end(); j++) {
                  roles[j] = HeadingRole.ANSWER_HEADING;
                }
              });
    }
  }

  /**
   * Headings that only name the question written under them ({@code ## 面试题}, {@code ## Question}:
   * see {@link QuestionLabels}) ask as strongly as a marker, when a heading of the file with the
   * same label is followed at its level by a heading naming the answer ({@code ## 面试题剖析}, {@code ##
   * Answer}), with only headings over text of their own between them ({@code ## 面试官心理分析}), as one
   * question's parts are. A label over a numbered list of questions ({@code ## 题目} over {@code 1.
   * …？ 2. …？}, then {@code ## 参考答案}) heads a quiz with its answer key apart, not one question.
   */
  private void markLabelledQuestions() {
    for (int i = 0; i < labels.length; i++) {
      if (strength[i] == 0 && hasContent(i)) {
        String label = QuestionLabels.label(headings.get(i).text()).orElse(null);
        labels[i] = label != null && !questionList.test(i) ? label : null;
      }
    }
    Set<String> answered = new HashSet<>();
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] != null && answerHeadingFollows(i)) {
        answered.add(labels[i]);
      }
    }
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] != null && answered.contains(labels[i])) {
        strength[i] = MARKER;
        labelled[i] = true;
      }
    }
  }

  /**
   * Whether text stands under heading {@code i}, directly or under its sub-headings (a sub-heading
   * added over a question's text leaves it the question's).
   */
  private boolean hasContent(int i) {
    int level = headings.get(i).level();
    for (int k = i; k < headings.size() && (k == i || headings.get(k).level() > level); k++) {
      if (bodies.get(k) == Body.CONTENT) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a heading at the level of heading {@code i} names the answer after it ({@code ##
   * 面试题剖析}, {@code #### 参考答案：}), with only headings over text of their own, that are neither
   * questions nor question labels, between them.
   */
  private boolean answerHeadingFollows(int i) {
    int level = headings.get(i).level();
    for (int j = i + 1; j < headings.size() && headings.get(j).level() >= level; j++) {
      if (headings.get(j).level() > level) {
        continue;
      }
      if (AnswerLabels.labelsHeading(headings.get(j).text())) {
        return true;
      }
      if (!hasContent(j) || strength[j] > 0 || labels[j] != null) {
        return false;
      }
    }
    return false;
  }

  HeadingRole role(int i) {
    return roles[i];
  }

  /** The shape of a question heading, {@code null} for other roles. */
  QuestionShape shape(int i) {
    return questionShapes[i];
  }

  int questionCount() {
    int count = 0;
    for (HeadingRole role : roles) {
      count += role == HeadingRole.QUESTION ? 1 : 0;
    }
    return count;
  }

  /** Whether any heading is a question. */
  boolean hasQuestion() {
    return questionCount() > 0;
  }

  /**
   * Leaf questions, for files where no heading, or few against many leaves, is a question by
   * another shape: leaf headings with a body of their own (an answer or a placeholder; level 2 or
   * deeper, under a section) are questions when there are at least three, and three times the other
   * questions (so that one {@code #### 为什么？} inside an answer leaves the file a leaf bank).
   */
  void applyLeafShape() {
    if (!shapes.contains(QuestionShape.HEADING_LEAF)) {
      return;
    }
    List<Integer> leaves = new ArrayList<>();
    for (int i = 0; i < headings.size(); i++) {
      if (isLeaf(i) && isBodiedSection(i)) {
        leaves.add(i);
      }
    }
    if (leaves.size() < 3 || leaves.size() < 3 * questionCount()) {
      return;
    }
    for (int i : leaves) {
      roles[i] = HeadingRole.QUESTION;
      questionShapes[i] = QuestionShape.HEADING_LEAF;
    }
  }

  private boolean isLeaf(int i) {
    return i + 1 == headings.size() || headings.get(i + 1).level() <= headings.get(i).level();
  }

  /**
   * A section heading under another section with an answer or a placeholder of its own, that does
   * not name an event by its date ({@code 1. 2019-3-25 阿里一面} over the topics asked that day).
   */
  private boolean isBodiedSection(int i) {
    Body body = bodies.get(i);
    return roles[i] == HeadingRole.SECTION
        && headings.get(i).level() >= 2
        && !QuestionText.opensWithDate(readings.get(i).title())
        && hasSectionAbove(i)
        && (body == Body.CONTENT || body == Body.PLACEHOLDER);
  }

  private boolean hasSectionAbove(int i) {
    int level = headings.get(i).level();
    for (int j = i - 1; j >= 0; j--) {
      if (headings.get(j).level() < level) {
        return roles[j] == HeadingRole.SECTION;
      }
    }
    return false;
  }

  private void markTitles() {
    int firstOther = -1;
    int leadingBanners = 0;
    int levelOnes = 0;
    for (int i = 0; i < headings.size(); i++) {
      if (roles[i] == HeadingRole.TOC) {
        continue;
      }
      if (headings.get(i).text().isBlank()) {
        roles[i] = HeadingRole.TITLE;
        leadingBanners += i == leadingBanners ? 1 : 0;
        continue;
      }
      firstOther = firstOther < 0 ? i : firstOther;
      levelOnes += headings.get(i).level() == 1 ? 1 : 0;
    }
    // Image banners above it do not stop the first heading with text from being the title.
    if (firstOther == leadingBanners
        && levelOnes == 1
        && headings.get(firstOther).level() == 1
        && strength[firstOther] != MARKER
        && !questionMark[firstOther]) {
      roles[firstOther] = HeadingRole.TITLE;
    }
  }

  private void assign() {
    container = containers();
    boolean[] numberedLevel = numberedQuestionLevels(container);
    boolean[] questionLevel = questionLevels(numberedLevel);
    int open = -1;
    for (int i = 0; i < headings.size(); i++) {
      Heading h = headings.get(i);
      // A heading in a <details> opened inside the answer (<summary>Answer</summary> over
      // #### Answer: D) belongs to the answer, whatever its level.
      if (open >= 0
          && (h.level() > headings.get(open).level() || detailsDepths[i] > detailsDepths[open])) {
        if (roles[i] == null) {
          roles[i] = HeadingRole.ANSWER_HEADING;
        }
        continue;
      }
      int justClosed = open >= 0 && h.level() == headings.get(open).level() ? open : -1;
      open = -1;
      if (roles[i] != null) {
        continue;
      }
      QuestionShape shape = container[i] ? null : questionShape(i, numberedLevel);
      if (shape != null) {
        roles[i] = HeadingRole.QUESTION;
        questionShapes[i] = shape;
        open = i;
      } else if (justClosed >= 0) {
        open = afterClosedQuestion(i, justClosed);
      } else if (questionLevel[h.level()] && asksByRequest(i)) {
        roles[i] = HeadingRole.QUESTION;
        questionShapes[i] = QuestionShape.HEADING_INTERROGATIVE;
        open = i;
      } else {
        roles[i] = HeadingRole.SECTION;
      }
    }
  }

  /**
   * A heading at the level of the question just closed: rule 4 of the bank conventions. One over
   * questions of its own that goes on with the question's numbering ({@code ### 31.3 …} over {@code
   * #### 31.3.1 …} after {@code ### 31.2 …}) is a section, as it would be anywhere else; steps of
   * the answer may be numbered too ({@code ### 2. 计算步骤} over {@code #### 2.1 前向} after {@code ###
   * 问题2：…}). After a heading that only names its question, its parts ({@code ## 面试官心理分析}) stay in
   * it even with their text under sub-headings; a heading with nothing under it stays in the
   * question when a heading naming the answer follows ({@code #### 出题人：…} over {@code #### 参考答案：}).
   */
  private int afterClosedQuestion(int i, int closed) {
    if (headings.get(closed).isHtml()) {
      roles[i] = HeadingRole.ANSWER_HEADING;
      return closed;
    }
    if (container[i] && numberedAfter(i, closed)) {
      roles[i] = HeadingRole.SECTION;
      return -1;
    }
    if (shapes.contains(QuestionShape.HEADING_INTERROGATIVE)
        && QuestionText.isInterrogative(readings.get(i).title())
        && !container[i]) {
      roles[i] = HeadingRole.QUESTION;
      questionShapes[i] = QuestionShape.HEADING_INTERROGATIVE;
      return i;
    }
    if (bodies.get(i) != Body.NONE
        || AnswerLabels.labelsHeading(headings.get(i).text())
        || labelled[closed] && hasContent(i)
        || answerHeadingFollows(i)) {
      roles[i] = HeadingRole.ANSWER_HEADING;
      return closed;
    }
    roles[i] = HeadingRole.SECTION;
    return -1;
  }

  /**
   * Whether heading {@code i}, where no question was open, is a question worded as a request
   * ({@code ## Explain what a Web Component is}, {@code ## 说说 GC 的过程}, {@code ## … 설명해주세요}): with
   * an answer under it and not over questions of its own, also as the first of its questions. Asked
   * only at a level where the file's questions are, so a README's {@code ## How it works} stays a
   * section.
   */
  private boolean asksByRequest(int i) {
    return questionLevels.isEmpty()
        && shapes.contains(QuestionShape.HEADING_INTERROGATIVE)
        && !container[i]
        && hasContent(i)
        && QuestionText.requests(readings.get(i).title());
  }

  /**
   * Levels where at least two headings are questions by their own text: a marker, a question mark,
   * or a number where numbered headings are questions.
   */
  private boolean[] questionLevels(boolean[] numberedLevel) {
    int[] asking = new int[7];
    for (int i = 0; i < headings.size(); i++) {
      int level = headings.get(i).level();
      if (roles[i] == null
          && !container[i]
          && (strength[i] >= QUESTION_MARK || questionNumbered(i) && numberedLevel[level])) {
        asking[level]++;
      }
    }
    boolean[] levels = new boolean[7];
    for (int level = 1; level <= 6; level++) {
      levels[level] = asking[level] >= 2;
    }
    return levels;
  }

  /** Whether heading {@code i} is numbered as the one after {@code earlier} in its sequence. */
  private boolean numberedAfter(int i, int earlier) {
    SequenceNumber own = readings.get(i).number().orElse(null);
    SequenceNumber before = readings.get(earlier).number().orElse(null);
    return own != null
        && before != null
        && own.prefix().equals(before.prefix())
        && own.parentKey().equals(before.parentKey())
        && own.value() > before.value();
  }

  private QuestionShape questionShape(int i, boolean[] numberedLevel) {
    int level = headings.get(i).level();
    if (!questionLevels.isEmpty()) {
      return questionLevels.contains(level) ? configuredLevelShape(i) : null;
    }
    boolean numbered = questionNumbered(i);
    if (strength[i] == MARKER) {
      return enabled(QuestionShape.HEADING_MARKER);
    }
    if (questionMark[i]) {
      return numbered && shapes.contains(QuestionShape.HEADING_NUMBERED)
          ? QuestionShape.HEADING_NUMBERED
          : enabled(QuestionShape.HEADING_QUESTION_MARK);
    }
    return numbered && numberedLevel[level] ? enabled(QuestionShape.HEADING_NUMBERED) : null;
  }

  /** The shape named for a heading at a configured question level, by what its text shows. */
  private QuestionShape configuredLevelShape(int i) {
    if (strength[i] == MARKER) {
      return QuestionShape.HEADING_MARKER;
    }
    if (readings.get(i).number().isPresent()) {
      return QuestionShape.HEADING_NUMBERED;
    }
    return questionMark[i] ? QuestionShape.HEADING_QUESTION_MARK : QuestionShape.HEADING_LEAF;
  }

  /**
   * Whether a heading is numbered the way questions are: chapter numbering ({@code 第三章}, {@code
   * 一、}) numbers sections only, and a number over a date ({@code 1. 2019-3-25 阿里一面}) an event.
   */
  private boolean questionNumbered(int i) {
    NumberParser.Reading r = readings.get(i);
    return r.number().isPresent() && !r.chapterStyle() && !QuestionText.opensWithDate(r.title());
  }

  private QuestionShape enabled(QuestionShape shape) {
    return shapes.contains(shape) ? shape : null;
  }

  /**
   * Headings over questions: a deeper heading in its subtree continues its number (and, under a
   * heading that ends in a question mark or has a marker, has one of those too), or says it is a
   * question at least as strongly (a heading with no signal needs a marker or a question mark below
   * it) from a level that holds at least as many signalled headings.
   */
  private boolean[] containers() {
    int[] signalled = new int[7];
    for (int i = 0; i < headings.size(); i++) {
      if (roles[i] == null && strength[i] > 0) {
        signalled[headings.get(i).level()]++;
      }
    }
    boolean[] container = new boolean[headings.size()];
    for (int i = 0; i < headings.size(); i++) {
      if (roles[i] != null) {
        continue;
      }
      // A numbered heading over a list of questions (### 1. Basics over - What is X? …) is their
      // section, not a question they answer.
      if (strength[i] == NUMBERED && questionList.test(i)) {
        container[i] = true;
        continue;
      }
      int level = headings.get(i).level();
      int needed = strength[i] == 0 ? QUESTION_MARK : strength[i];
      SequenceNumber own = readings.get(i).number().orElse(null);
      for (int j = i + 1; j < headings.size() && headings.get(j).level() > level; j++) {
        SequenceNumber deeper = readings.get(j).number().orElse(null);
        // A question's own numbered sub-heading (### 3. 什么是残差连接？ over #### 3.1 结构)
        // continues its number too: only one asking at least as strongly makes it a container.
        boolean extends_ =
            own != null
                && deeper != null
                && own.isExtendedBy(deeper)
                && strength[j] >= Math.min(strength[i], QUESTION_MARK);
        boolean stronger =
            strength[j] > 0
                && strength[j] >= needed
                && signalled[headings.get(j).level()] >= signalled[level];
        if (roles[j] == null && (extends_ || stronger)) {
          container[i] = true;
          break;
        }
      }
    }
    return container;
  }

  /**
   * Levels where numbered headings are questions: at least two numbered headings that are not
   * containers, and at least half of the headings there.
   */
  private boolean[] numberedQuestionLevels(boolean[] container) {
    int[] all = new int[7];
    int[] numbered = new int[7];
    for (int i = 0; i < headings.size(); i++) {
      if (roles[i] != null || container[i]) {
        continue;
      }
      int level = headings.get(i).level();
      all[level]++;
      if (questionNumbered(i) && strength[i] != MARKER) {
        numbered[level]++;
      }
    }
    boolean[] active = new boolean[7];
    for (int level = 1; level <= 6; level++) {
      active[level] = numbered[level] >= 2 && numbered[level] * 2 >= all[level];
    }
    return active;
  }
}
