package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.ChineseScript;
import io.github.qbanklint.core.document.Heading;
import io.github.qbanklint.core.document.TextChars;
import io.github.qbanklint.core.document.TextContent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;

/**
 * Answer keys kept apart from their questions: a section headed as the answers ({@code ## Answer
 * key}, {@code ## Answers}, {@code ## 参考答案}, {@code ## 答え}, {@code ## 정답}) whose entries are
 * numbered: items of a numbered list ({@code 1. **B** — …}), sub-headings ({@code ### Answer 1: …},
 * {@code ### 1.}) or paragraphs opening with a bold number or a numbered label ({@code **1.** B},
 * {@code **Q1.** …}, {@code A1: …}), also inside a {@code <details>}. Entry N answers the question
 * numbered N among the questions above the key, back to the previous key: headings and paragraphs
 * by the number in their text, the items of a numbered list of questions by their list number.
 */
final class AnswerKeys {
  /** Entries a key needs, numbered as questions above it are, to be one. */
  private static final int LEAST = 2;

  /** An answer's name before its question's number: {@code Answer 1}, {@code A1}, {@code 答案1}. */
  private static final Pattern LABELLED_NUMBER =
      Pattern.compile(
          "\\s*(?:answer|ans|a|solution|答案|答|解答|回答|参考答案|答え|正解|정답|답|답변)\\s*"
              + "(\\d{1,3}(?:\\.\\d{1,3})*)(?=$|[\\s.．:：、)）])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * One key.
   *
   * @param title its name ({@code Answer key})
   * @param heading the index of its heading; empty for a key headed by a bold paragraph
   * @param end the index of the first heading after it, not one of its sub-headings
   * @param scopeStart the offset from which questions are its, the end of the key before
   * @param start its title's offset: questions before it are its
   * @param firstBlock its title's block
   * @param endBlock the block after its last
   * @param entries each entry's blocks by its number ({@link SequenceNumber#text})
   * @param answersLists whether it answers the items of numbered lists of questions above it: its
   *     entries number more of them than of headings and paragraphs, so that a list asking its
   *     reader to think first ({@code 1. What do you know about caches?}) above {@code ## Q1.}
   *     headings keeps out of their key
   */
  record Key(
      String title,
      OptionalInt heading,
      int end,
      int scopeStart,
      int start,
      int firstBlock,
      int endBlock,
      Map<String, List<Node>> entries,
      boolean answersLists) {

    boolean holds(int offset) {
      return offset >= scopeStart && offset < start;
    }

    /** The answer to the question numbered {@code number}: its entry's blocks, none without one. */
    List<Node> answer(SequenceNumber number) {
      return entries.getOrDefault(number.text(), List.of());
    }
  }

  private final List<Key> keys;

  private AnswerKeys(List<Key> keys) {
    this.keys = keys;
  }

  /**
   * The keys of a document: headings naming the answers, or paragraphs that are only such a name in
   * bold ({@link KeyTitles}), over numbered entries, at least two of them numbered as a heading, a
   * paragraph or an item of a numbered list of questions above (back to the key before) is, where
   * no heading above names an answer (in a bank answering each question under its own {@code ###
   * Answer}, a numbered list under one is that answer's) and, above a bold title, no paragraph
   * opens with a bold answer's name ({@code **Answer:**}). The questions are not known yet, as the
   * key decides the roles of its headings: the numbers of headings, paragraphs and the items of
   * numbered lists that ask stand for theirs.
   */
  static AnswerKeys find(
      List<Heading> headings,
      List<NumberParser.Reading> readings,
      Blocks blocks,
      BlockKinds kinds,
      NumberParser parser) {
    List<Key> keys = new ArrayList<>();
    NumbersAbove above = null;
    int scopeHeading = 0;
    int scopeStart = 0;
    int readUpTo = 0;
    List<KeyTitles.Title> titles = KeyTitles.of(headings, blocks);
    for (int t = 0; t < titles.size(); t++) {
      KeyTitles.Title title = titles.get(t);
      if (title.block() < readUpTo) {
        continue;
      }
      int endBlock =
          title.end() < headings.size() ? blocks.headingBlock(title.end()) : blocks.all().size();
      if (title.heading().isEmpty() && t + 1 < titles.size()) {
        // A bold title's key also ends at the next title: each block is then read for one key,
        // not once for every bold title above it (a page of them took minutes).
        endBlock = Math.min(endBlock, titles.get(t + 1).block());
      }
      int firstHeadingAfter =
          title.heading().isPresent() ? title.heading().getAsInt() + 1 : title.end();
      Map<String, List<Node>> entries =
          entries(title.block(), firstHeadingAfter, endBlock, headings, blocks, parser);
      // A heading's sub-headings are read with it; a bold title ends at the next heading.
      readUpTo = title.heading().isPresent() ? endBlock : title.block() + 1;
      if (entries.size() >= LEAST) {
        // Read once, when the file has a key-like section: each key then asks of a range.
        above = above != null ? above : new NumbersAbove(headings, readings, blocks, kinds, parser);
        int headingsAbove = title.heading().orElse(title.end());
        Matches matches =
            above.matches(entries.keySet(), scopeHeading, headingsAbove, title.block());
        if (!above.answerNamed(scopeHeading, headingsAbove)
            && (title.heading().isPresent() || !above.answerLabelled(scopeHeading, title.block()))
            && matches.either() >= LEAST) {
          keys.add(
              new Key(
                  title.text(),
                  title.heading(),
                  title.end(),
                  scopeStart,
                  title.start(),
                  title.block(),
                  endBlock,
                  entries,
                  matches.listItems() > matches.headingsOrParagraphs()));
          scopeHeading = title.end();
          scopeStart =
              title.end() < headings.size() ? headings.get(title.end()).start() : Integer.MAX_VALUE;
          readUpTo = endBlock;
        }
      }
    }
    return new AnswerKeys(keys);
  }

  /** How many of a key's entry numbers stand above it: on headings or paragraphs, on list items. */
  private record Matches(int headingsOrParagraphs, int listItems, int either) {}

  /**
   * Where the file's numbers stand, and its headings naming an answer, so that each key asks of the
   * range above it without reading the range again: a page of many key-like sections was read once
   * for each, in time growing with their square.
   */
  private static final class NumbersAbove {
    private final Blocks blocks;

    /** How many headings before each index (and before the end) name an answer. */
    private final int[] answerNamedBefore;

    /** By number ({@link SequenceNumber#text}): the headings numbered so, ascending. */
    private final Map<String, List<Integer>> headingsByNumber = new HashMap<>();

    /** By number: the top-level paragraphs numbered so, as block indexes, ascending. */
    private final Map<String, List<Integer>> paragraphsByNumber = new HashMap<>();

    /**
     * By number: the numbered lists of questions with an item numbered so ({@link
     * ListQuestions#keyedItems}), as block indexes, ascending.
     */
    private final Map<String, List<Integer>> listsByNumber = new HashMap<>();

    /**
     * The top-level paragraphs opening with a bold answer's name ({@code **Answer:** 42}, {@code
     * **答案：**}), as block indexes, ascending.
     */
    private final List<Integer> answerLabels = new ArrayList<>();

    NumbersAbove(
        List<Heading> headings,
        List<NumberParser.Reading> readings,
        Blocks blocks,
        BlockKinds kinds,
        NumberParser parser) {
      this.blocks = blocks;
      ListQuestions lists = new ListQuestions(parser);
      answerNamedBefore = new int[headings.size() + 1];
      for (int j = 0; j < headings.size(); j++) {
        boolean named = AnswerLabels.labelsHeading(headings.get(j).text());
        answerNamedBefore[j + 1] = answerNamedBefore[j] + (named ? 1 : 0);
        int heading = j;
        readings.get(j).number().ifPresent(n -> positions(headingsByNumber, n).add(heading));
      }
      for (int b = 0; b < blocks.all().size(); b++) {
        int block = b;
        if (blocks.all().get(b) instanceof OrderedList list
            && list.getParent() instanceof Document) {
          for (ParagraphQuestions.Found item : lists.keyedItems(b, list)) {
            positions(listsByNumber, item.keyNumber().orElseThrow()).add(block);
          }
        }
        if (blocks.all().get(b) instanceof Paragraph p && p.getParent() instanceof Document) {
          parser
              .read(kinds.shown(p))
              .number()
              .ifPresent(n -> positions(paragraphsByNumber, n).add(block));
          if (p.getFirstChild() instanceof StrongEmphasis strong
              && AnswerLabels.isLabelParagraph(strong, TextContent.of(strong).strip())) {
            answerLabels.add(b);
          }
        }
      }
    }

    private static List<Integer> positions(
        Map<String, List<Integer>> byNumber, SequenceNumber number) {
      return byNumber.computeIfAbsent(number.text(), k -> new ArrayList<>());
    }

    /** Whether a heading from {@code from} to before {@code to} names an answer. */
    boolean answerNamed(int from, int to) {
      return answerNamedBefore[to] > answerNamedBefore[from];
    }

    /**
     * Whether a top-level paragraph from heading {@code from} to before block {@code endBlock}
     * opens with a bold answer's name: the bank answers its questions in place.
     */
    boolean answerLabelled(int from, int endBlock) {
      return anyWithin(answerLabels, firstBlock(from), endBlock);
    }

    /**
     * How many of {@code numbers} number a heading from heading {@code from} to before heading
     * {@code to} or a top-level paragraph from heading {@code from} to before block {@code
     * endBlock}, how many an item of a numbered list of questions there, and how many either.
     */
    Matches matches(Set<String> numbers, int from, int to, int endBlock) {
      int firstBlock = firstBlock(from);
      int headingsOrParagraphs = 0;
      int listItems = 0;
      int either = 0;
      for (String number : numbers) {
        boolean headingOrParagraph =
            anyWithin(headingsByNumber.get(number), from, to)
                || anyWithin(paragraphsByNumber.get(number), firstBlock, endBlock);
        boolean listItem = anyWithin(listsByNumber.get(number), firstBlock, endBlock);
        headingsOrParagraphs += headingOrParagraph ? 1 : 0;
        listItems += listItem ? 1 : 0;
        either += headingOrParagraph || listItem ? 1 : 0;
      }
      return new Matches(headingsOrParagraphs, listItems, either);
    }

    private int firstBlock(int heading) {
      return heading == 0 ? 0 : blocks.headingBlock(heading);
    }

    /** Whether an ascending list holds a value from {@code from} to before {@code to}. */
    private static boolean anyWithin(List<Integer> ascending, int from, int to) {
      if (ascending == null) {
        return false;
      }
      int at = Collections.binarySearch(ascending, from);
      int first = at >= 0 ? at : -at - 1;
      return first < ascending.size() && ascending.get(first) < to;
    }
  }

  /**
   * The entries of a key whose title is block {@code titleBlock}, up to block {@code endBlock}:
   * {@code firstHeading} is the first heading after the title.
   */
  private static Map<String, List<Node>> entries(
      int titleBlock,
      int firstHeading,
      int endBlock,
      List<Heading> headings,
      Blocks blocks,
      NumberParser parser) {
    Map<String, List<Node>> entries = new HashMap<>();
    List<Node> current = null;
    int heading = firstHeading;
    for (int b = titleBlock + 1; b < endBlock; b++) {
      Node block = blocks.all().get(b);
      if (blocks.startsHeading(b)) {
        while (blocks.headingBlock(heading) < b) {
          heading++;
        }
        current =
            entry(entries, entryNumber(headings.get(heading).text(), parser).map(Numbered::number));
      } else if (block instanceof OrderedList list) {
        addItems(list, entries);
        current = null;
      } else if (block instanceof Paragraph p && opensEntry(p, parser).isPresent()) {
        current = entry(entries, opensEntry(p, parser));
        lead(p, parser).ifPresent(current::add);
      } else if (current != null) {
        current.add(block);
      }
    }
    return entries;
  }

  /** A new entry's blocks, or a list no entry keeps for a number taken or absent. */
  private static List<Node> entry(
      Map<String, List<Node>> entries, Optional<SequenceNumber> number) {
    if (number.isEmpty() || entries.containsKey(number.get().text())) {
      return number.isEmpty() ? null : new ArrayList<>();
    }
    List<Node> blocks = new ArrayList<>();
    entries.put(number.get().text(), blocks);
    return blocks;
  }

  /** Each item of a numbered list, by the number a reader sees before it. */
  private static void addItems(OrderedList list, Map<String, List<Node>> entries) {
    int number = ListItemNumber.first(list);
    for (Node item = list.getFirstChild(); item != null; item = item.getNext(), number++) {
      entries.putIfAbsent(Integer.toString(number), List.of(item));
    }
  }

  /**
   * The number a paragraph opens an entry with: a bold number or marker ({@code **1.**}, {@code
   * **Q1.**}, {@code **Answer 1:**}), or a numbered answer label ({@code A1:}, {@code 答案1：}).
   */
  private static Optional<SequenceNumber> opensEntry(Paragraph p, NumberParser parser) {
    Node first = p.getFirstChild();
    if (first instanceof StrongEmphasis) {
      return entryNumber(TextContent.of(first), parser).map(Numbered::number);
    }
    String text = first == null ? "" : TextContent.of(first).strip();
    return AnswerClassifier.opensWithAnswerLabel(text)
        ? labelledNumber(text).map(Numbered::number)
        : Optional.empty();
  }

  /**
   * What a paragraph opening an entry says of its answer: all of it, unless it opens with a bold
   * number alone ({@code **1.** B}): then the lines after the number, if any.
   */
  private static Optional<Node> lead(Paragraph p, NumberParser parser) {
    if (!(p.getFirstChild() instanceof StrongEmphasis strong)
        || entryNumber(TextContent.of(strong), parser).filter(Numbered::alone).isEmpty()) {
      return Optional.of(p);
    }
    for (Node n = strong.getNext(); n != null; n = n.getNext()) {
      if (!TextChars.isBlank(TextContent.of(n))) {
        return Optional.of(new AnswerLines(p, strong.getNext()));
      }
    }
    return Optional.empty();
  }

  /** An entry's number, and whether nothing but a label stands beside it. */
  private record Numbered(SequenceNumber number, boolean alone) {}

  /** The number of a key's entry: {@code 1.}, {@code Q1}, {@code 问题1}, {@code Answer 1: …}. */
  private static Optional<Numbered> entryNumber(String text, NumberParser parser) {
    NumberParser.Reading reading = parser.read(text);
    if (reading.number().isPresent() && !reading.chapterStyle()) {
      return Optional.of(new Numbered(reading.number().get(), TextChars.isBlank(reading.title())));
    }
    return labelledNumber(text);
  }

  /**
   * Whether a heading's text names a numbered answer ({@code Answer 1.}, {@code 答案3}, {@code A2:
   * …}): an answer key's entry, or a slot of an answer sheet kept apart from its questions.
   */
  static boolean namesNumberedAnswer(String text) {
    return labelledNumber(text).isPresent();
  }

  private static Optional<Numbered> labelledNumber(String text) {
    Matcher m = LABELLED_NUMBER.matcher(ChineseScript.simplified(text));
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String[] parts = m.group(1).split("\\.", -1);
    int[] numbers = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      numbers[i] = Integer.parseInt(parts[i]);
    }
    boolean alone = TextChars.foldedLetters(text.substring(m.end())).isEmpty();
    return Optional.of(new Numbered(new SequenceNumber("", numbers), alone));
  }

  List<Key> all() {
    return keys;
  }

  /** The key a question at {@code offset} is answered by, if any. */
  Optional<Key> keyOf(int offset) {
    // The keys follow one another, each answering the questions from the one before it.
    int after = firstAfter(offset, Key::start);
    return after < keys.size() && keys.get(after).holds(offset)
        ? Optional.of(keys.get(after))
        : Optional.empty();
  }

  /**
   * The first block from {@code from} to before {@code to} that is part of a key, else {@code to}:
   * a key headed by a bold paragraph ends the answer of the question above it.
   */
  int keyBlockWithin(int from, int to) {
    int after = firstAfter(from - 1, Key::firstBlock);
    return after < keys.size() ? Math.min(keys.get(after).firstBlock(), to) : to;
  }

  /** Whether block {@code b} is part of a key: no question stands there. */
  boolean holdsBlock(int b) {
    int after = firstAfter(b, Key::firstBlock);
    return after > 0 && b < keys.get(after - 1).endBlock();
  }

  /** The first key whose {@code position} is past {@code value}: the keys are in order. */
  private int firstAfter(int value, ToIntFunction<Key> position) {
    int low = 0;
    int high = keys.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (position.applyAsInt(keys.get(mid)) <= value) {
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }
}
