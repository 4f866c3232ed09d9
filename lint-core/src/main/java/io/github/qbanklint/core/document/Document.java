package io.github.qbanklint.core.document;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * One decoded Markdown file: its text (without BOM, original line endings kept), its line index,
 * its commonmark tree with source spans, and memoised queries over them. Rules read documents and
 * never re-parse text.
 */
public final class Document {
  /** The memo key of {@link #anchors()}. */
  private static final Object ANCHORS = new Object();

  private final String path;
  private final SourceFacts sourceFacts;
  private final String text;
  private final LineIndex lineIndex;
  private final Node root;
  private final int maxInlineChars;
  private final List<Integer> htmlRunOns;
  private final Map<Object, FutureTask<Object>> memo = new ConcurrentHashMap<>();

  /**
   * A document whose paragraphs, headings and table cells with more than {@code maxInlineChars}
   * characters of inline content are kept as plain text (see {@link #unparsedInlines()}).
   */
  public Document(String path, SourceFacts sourceFacts, String text, int maxInlineChars) {
    this.path = path;
    this.sourceFacts = sourceFacts;
    this.text = text;
    this.lineIndex = new LineIndex(text);
    this.root = MarkdownParser.parse(text, maxInlineChars);
    this.maxInlineChars = maxInlineChars;
    this.htmlRunOns = HtmlRunOns.split(root, text, lineIndex, maxInlineChars);
  }

  /**
   * Builds a document from text, for tests and generated input: with no inline limit, since no
   * configuration sets one; files are loaded with the configured limit by {@link DocumentLoader}.
   */
  public static Document of(String path, String text) {
    return of(path, text, Integer.MAX_VALUE);
  }

  /** Builds a document from text with an inline-length limit, as a file is loaded. */
  public static Document of(String path, String text, int maxInlineChars) {
    return new Document(
        path, new SourceFacts(false, LineEnding.detect(text), text.length()), text, maxInlineChars);
  }

  /** Path relative to the workspace root, with {@code /} separators. */
  public String path() {
    return path;
  }

  public SourceFacts sourceFacts() {
    return sourceFacts;
  }

  public String text() {
    return text;
  }

  public LineIndex lineIndex() {
    return lineIndex;
  }

  public Node root() {
    return root;
  }

  /**
   * Offsets where text runs on right after an HTML heading's closing tag, with no blank line
   * between: GitHub shows that text inside the heading's HTML block without rendering its Markdown.
   * The tree holds it as Markdown blocks after the heading (see {@code HtmlRunOns}).
   */
  public List<Integer> htmlRunOns() {
    return htmlRunOns;
  }

  /**
   * Every node of the tree in document order, and the nodes of each type, found by one walk: read
   * these instead of walking the tree.
   */
  public NodeIndex nodes() {
    return memo(NodeIndex.class, d -> NodeIndex.of(d.root()));
  }

  /** The blocks whose inline content was over the limit and is not parsed, in document order. */
  public List<UnparsedInline> unparsedInlines() {
    // No block holds more inline content than the whole text.
    return text.length() <= maxInlineChars
        ? List.of()
        : memo(UnparsedInline.class, d -> UnparsedInlines.of(d.nodes()));
  }

  /** Every heading, Markdown and HTML, in document order; none from inside code. */
  public List<Heading> headings() {
    return memo(Heading.class, HeadingExtractor::extract);
  }

  /** Every link and image destination, Markdown and HTML, in document order. */
  public List<LinkRef> links() {
    return memo(LinkRef.class, LinkExtractor::extract);
  }

  /** Every piece of raw HTML, block or inline, in document order. */
  public List<HtmlFragment> htmlFragments() {
    return memo(HtmlFragment.class, HtmlFragments::of);
  }

  /** Every {@code id} and {@code name} attribute in raw HTML. */
  public List<HtmlAnchor> htmlAnchors() {
    return memo(HtmlAnchor.class, LinkExtractor::htmlAnchors);
  }

  /**
   * Every anchor a {@code #fragment} can name: each heading's (its HTML id, else its GitHub slug)
   * and every {@code id} and {@code name} attribute in raw HTML.
   */
  public Set<String> anchors() {
    return memo(ANCHORS, Document::collectAnchors);
  }

  private static Set<String> collectAnchors(Document document) {
    Set<String> anchors = new HashSet<>();
    document.headings().forEach(h -> anchors.add(h.anchor()));
    document.htmlAnchors().forEach(a -> anchors.add(a.value()));
    return Set.copyOf(anchors);
  }

  /**
   * Computes a value once per document. Rules use it to share derived facts (math spans, the bank
   * model) without recomputing them. Rules of one document may run on several threads: the first to
   * ask computes, the others wait for its value instead of computing it again.
   */
  @SuppressWarnings("unchecked")
  public <T> T memo(Object key, Function<Document, T> compute) {
    FutureTask<Object> task = memo.get(key);
    if (task == null) {
      FutureTask<Object> mine = new FutureTask<>(() -> compute.apply(this));
      task = memo.putIfAbsent(key, mine);
      if (task == null) {
        task = mine;
        mine.run();
      }
    }
    try {
      return (T) task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + key, e);
    } catch (ExecutionException e) {
      throw rethrown(e.getCause());
    }
  }

  /** The failure of a computation, as its own type where unchecked, for the engine to report. */
  private static RuntimeException rethrown(Throwable cause) {
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(cause);
  }

  /** Offset of a node's first source character, or -1 when it has no source span. */
  public static int startOffset(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? -1 : spans.get(0).getInputIndex();
  }

  /** Offset just past a node's last source character, or -1 when it has no source span. */
  public static int endOffset(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    if (spans.isEmpty()) {
      return -1;
    }
    SourceSpan last = spans.get(spans.size() - 1);
    return last.getInputIndex() + last.getLength();
  }

  /** The source text of a node, as written. */
  public String source(Node node) {
    int start = startOffset(node);
    return start < 0 ? "" : text.substring(start, endOffset(node));
  }

  public int line(int offset) {
    return lineIndex.line(offset);
  }

  public int column(int offset) {
    return lineIndex.column(offset);
  }
}
