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
 * stay in memory: its anchors (heading slugs and HTML ids), its links with positions, its
 * questions, and, when it looks like a bank without a recognised question, what came closest.
 *
 * <p>The anchors and links of a summary read from the cache are decoded when first asked for: a run
 * reporting a few files asks for the links of those and the anchors of what they link to, not for
 * those of every file in the workspace.
 */
public final class DocumentSummary {
  private final String path;
  private final Supplier<LinkFacts> linkFacts;
  private final List<QuestionFact> questions;
  private final Optional<BankModel.UnrecognisedBank> unrecognisedBank;

  public DocumentSummary(
      String path,
      Set<String> anchors,
      List<LocatedLink> links,
      List<QuestionFact> questions,
      Optional<BankModel.UnrecognisedBank> unrecognisedBank) {
    this(path, questions, unrecognisedBank, Suppliers.ofInstance(new LinkFacts(anchors, links)));
  }

  private DocumentSummary(
      String path,
      List<QuestionFact> questions,
      Optional<BankModel.UnrecognisedBank> unrecognisedBank,
      Supplier<LinkFacts> linkFacts) {
    this.path = Objects.requireNonNull(path);
    this.questions = List.copyOf(questions);
    this.unrecognisedBank = Objects.requireNonNull(unrecognisedBank);
    this.linkFacts = Suppliers.memoize(linkFacts::get);
  }

  /**
   * A summary whose anchors and links come from {@code linkFacts} when first asked for, once; it
   * may throw then (an {@link java.io.UncheckedIOException} for bytes that do not decode).
   */
  public static DocumentSummary withLinkFactsOnDemand(
      String path,
      List<QuestionFact> questions,
      Optional<BankModel.UnrecognisedBank> unrecognisedBank,
      Supplier<LinkFacts> linkFacts) {
    return new DocumentSummary(path, questions, unrecognisedBank, linkFacts);
  }

  public String path() {
    return path;
  }

  /** The anchors a link to this document can name. */
  public Set<String> anchors() {
    return linkFacts.get().anchors();
  }

  public List<LocatedLink> links() {
    return linkFacts.get().links();
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
        && linkFacts.get().equals(that.linkFacts.get());
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, questions, unrecognisedBank, linkFacts.get());
  }

  @Override
  public String toString() {
    return "DocumentSummary[path=" + path + ", questions=" + questions.size() + "]";
  }

  /** A document's anchors and its links. */
  public record LinkFacts(Set<String> anchors, List<LocatedLink> links) {
    public LinkFacts {
      anchors = Set.copyOf(anchors);
      links = List.copyOf(links);
    }
  }

  /** A link with its 1-based position. */
  public record LocatedLink(
      LinkRef.Kind kind, String destination, int line, int column, int endLine, int endColumn) {}

  /**
   * A question's title (its text without marker and number), section, 1-based position and shape,
   * for cross-file checks and reports.
   */
  public record QuestionFact(
      String title,
      String section,
      int line,
      int column,
      int endLine,
      int endColumn,
      boolean answered,
      QuestionShape shape) {}
}
