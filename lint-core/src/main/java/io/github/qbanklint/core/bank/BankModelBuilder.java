package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.Heading;
import io.github.qbanklint.core.document.HtmlScanner;
import io.github.qbanklint.core.document.TextContent;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;

/** Builds the {@link BankModel} of a document under given {@link BankConventions}. */
public final class BankModelBuilder {
  private final BankConventions conventions;
  private final QuestionClassifier classifier;
  private final AnswerClassifier answers;

  public BankModelBuilder(BankConventions conventions) {
    this.conventions = conventions;
    this.classifier = new QuestionClassifier(conventions);
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
    List<Heading> headings = new ArrayList<>(all);
    tocHeading.ifPresent(toc -> headings.removeIf(h -> h == toc));
    Map<Heading, QuestionClassifier.Marker> questionHeadings = classifier.questions(headings);

    List<Node> blocks = topLevelBlocks(document);
    Map<Node, Integer> blockIndex = new IdentityHashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      blockIndex.put(blocks.get(i), i);
    }
    int[] headingBlock = new int[all.size()];
    for (int i = 0; i < all.size(); i++) {
      headingBlock[i] = blockIndex.get(topLevelAncestor(all.get(i).node()));
    }

    // Headings are keyed by identity: hashing the Heading record would cost a method-handle
    // bootstrap at start-up, and each heading object stands for one place in the document.
    List<Heading> sectionHeadings = new ArrayList<>();
    Map<Heading, List<Question>> questionsBySection = new IdentityHashMap<>();
    Map<Heading, Boolean> sectionHasContent = new IdentityHashMap<>();
    List<Question> questions = new ArrayList<>();
    List<Heading> openSections = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Heading h = all.get(i);
      if (tocHeading.isPresent() && tocHeading.get() == h) {
        continue;
      }
      int fromBlock = headingBlock[i] + 1;
      openSections.removeIf(s -> s.level() >= h.level());
      QuestionClassifier.Marker marker = questionHeadings.get(h);
      if (marker != null) {
        int next = nextBoundary(all, i, questionHeadings);
        int toBlock = next < all.size() ? headingBlock[next] : blocks.size();
        List<Node> body = blocks.subList(Math.min(fromBlock, toBlock), toBlock);
        Optional<Heading> section =
            openSections.isEmpty()
                ? Optional.empty()
                : Optional.of(openSections.get(openSections.size() - 1));
        Question q = question(h, marker, section, body);
        questions.add(q);
        section.ifPresent(s -> questionsBySection.get(s).add(q));
      } else {
        boolean hasChildren = i + 1 < all.size() && all.get(i + 1).level() > h.level();
        int nextHeadingBlock = i + 1 < all.size() ? headingBlock[i + 1] : blocks.size();
        List<Node> ownBlocks =
            blocks.subList(Math.min(fromBlock, nextHeadingBlock), nextHeadingBlock);
        sectionHasContent.put(h, hasChildren || answers.hasContent(ownBlocks));
        questionsBySection.put(h, new ArrayList<>());
        sectionHeadings.add(h);
        openSections.add(h);
      }
    }
    List<Section> sections = new ArrayList<>();
    for (Heading heading : sectionHeadings) {
      sections.add(
          new Section(heading, sectionHasContent.get(heading), questionsBySection.get(heading)));
    }
    return new BankModel(tocReader.read(all, tocHeading), sections, questions);
  }

  private Question question(
      Heading h, QuestionClassifier.Marker marker, Optional<Heading> section, List<Node> body) {
    StringBuilder text = new StringBuilder();
    for (Node block : body) {
      String shown =
          block instanceof HtmlBlock html
              ? HtmlScanner.visibleText(html.getLiteral())
              : TextContent.of(block);
      if (!shown.isBlank()) {
        text.append(shown.strip()).append('\n');
      }
    }
    return new Question(
        h,
        marker.number(),
        marker.title(),
        section.map(Heading::text),
        List.copyOf(body),
        answers.hasContent(body),
        text.toString().strip());
  }

  /**
   * The index of the heading that ends the answer or section body starting at heading {@code i}.
   */
  private static int nextBoundary(
      List<Heading> all, int i, Map<Heading, QuestionClassifier.Marker> questions) {
    Heading h = all.get(i);
    for (int j = i + 1; j < all.size(); j++) {
      Heading o = all.get(j);
      if (o.level() <= h.level() || questions.containsKey(o)) {
        return j;
      }
    }
    return all.size();
  }

  private static List<Node> topLevelBlocks(Document document) {
    List<Node> blocks = new ArrayList<>();
    for (Node n = document.root().getFirstChild(); n != null; n = n.getNext()) {
      blocks.add(n);
    }
    return blocks;
  }

  private static Node topLevelAncestor(Node node) {
    Node n = node;
    while (n.getParent() != null && n.getParent().getParent() != null) {
      n = n.getParent();
    }
    return n;
  }
}
