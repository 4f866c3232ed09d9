package io.github.qbanklint.core.api;

import com.google.common.base.Suppliers;
import io.github.qbanklint.core.bank.BankModel;
import io.github.qbanklint.core.bank.QuestionShape;
import io.github.qbanklint.core.document.LinkRef;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the engine keeps of a checked document for workspace rules, so that whole documents need not
 * stay in memory: its anchors (heading slugs and HTML ids), its links that leave it, with
 * positions, its questions, and, when it looks like a bank without a recognised question, what came
 * closest. A link to a fragment of the same document ({@code #x}, most of a table of contents) is
 * checked with the document and not kept.
 *
 * <p>The anchors and links of a summary read from the cache are decoded when first asked for, each
 * on its own: a run asks for the links of the files it reports and for the anchors of the files
 * those link to with a fragment, not for those of every file in the workspace.
 */
public final class DocumentSummary {
  private final String path;
  private final Supplier<Set<String>> anchors;
  private final Supplier<List<LocatedLink>> links;
  private final List<QuestionFact> questions;
  private final Optional<BankModel.UnrecognisedBank> unrecognisedBank;

  public DocumentSummary(
      String path,
      Set<String> anchors,
      List<LocatedLink> links,
      List<QuestionFact> questions,
      Optional<BankModel.UnrecognisedBank> unrecognisedBank) {
    this(
        path,
        questions,
        unrecognisedBank,
        Suppliers.ofInstance(Set.copyOf(anchors)),
        Suppliers.ofInstance(List.copyOf(links)));
  }

  private DocumentSummary(
      String path,
      List<QuestionFact> questions,
      Optional<BankModel.UnrecognisedBank> unrecognisedBank,
      Supplier<Set<String>> anchors,
      Supplier<List<LocatedLink>> links) {
    this.path = Objects.requireNonNull(path);
    this.questions = List.copyOf(questions);
    this.unrecognisedBank = Objects.requireNonNull(unrecognisedBank);
    this.anchors = Suppliers.memoize(anchors::get);
    this.links = Suppliers.memoize(links::get);
  }

  /**
   * A summary whose anchors and links come from the suppliers when first asked for, once each; they
   * may throw then (an {@link java.io.UncheckedIOException} for bytes that do not decode).
   */
  public static DocumentSummary onDemand(
      String path,
      List<QuestionFact> questions,
      Optional<BankModel.UnrecognisedBank> unrecognisedBank,
      Supplier<Set<String>> anchors,
      Supplier<List<LocatedLink>> links) {
    return new DocumentSummary(path, questions, unrecognisedBank, anchors, links);
  }

  public String path() {
    return path;
  }

  /** The anchors a link to this document can name. */
  public Set<String> anchors() {
    return anchors.get();
  }

  /** The links that leave the document, in document order. */
  public List<LocatedLink> links() {
    return links.get();
  }

  public List<QuestionFact> questions() {
    return questions;
  }

  public Optional<BankModel.UnrecognisedBank> unrecognisedBank() {
    return unrecognisedBank;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DocumentSummary that
        && path.equals(that.path)
        && questions.equals(that.questions)
        && unrecognisedBank.equals(that.unrecognisedBank)
        && anchors.get().equals(that.anchors.get())
        && links.get().equals(that.links.get());
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, questions, unrecognisedBank, anchors.get(), links.get());
  }

  @Override
  public String toString() {
    return "DocumentSummary[path=" + path + ", questions=" + questions.size() + "]";
  }

  /**
   * A link with its 1-based position.
   *
   * @param namedAnchor the anchor of the document holding the link that its destination names
   *     without a '#' (a link to {@code Setup} under a heading "Setup"), found when the summary is
   *     made: a workspace rule then suggests it for a missing file without reading every anchor
   */
  public record LocatedLink(
      LinkRef.Kind kind,
      String destination,
      int line,
      int column,
      int endLine,
      int endColumn,
      Optional<String> namedAnchor) {
    /** A link that names no anchor of its document. */
    public LocatedLink(
        LinkRef.Kind kind, String destination, int line, int column, int endLine, int endColumn) {
      this(kind, destination, line, column, endLine, endColumn, Optional.empty());
    }
  }

  /**
   * A question's title (its text without marker and number), section, 1-based position and shape,
   * for cross-file checks and reports, and a key of what it shows before its answer (a quiz's code
   * and options: {@code What's the output?} over different code is a different question), empty
   * when the answer follows the question.
   */
  public record QuestionFact(
      String title,
      String section,
      int line,
      int column,
      int endLine,
      int endColumn,
      boolean answered,
      QuestionShape shape,
      String promptKey) {}
}
