package io.github.qbanklint.rules.toc;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.Fix;
import io.github.qbanklint.core.bank.Toc;
import io.github.qbanklint.core.bank.TocEntry;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.Heading;
import io.github.qbanklint.core.document.LinkRef;
import io.github.qbanklint.core.document.TextChars;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * Markdown links that lead nowhere: {@code [text]()} anywhere, and {@code [text](#)} in the table
 * of contents (elsewhere {@code (#)} is the usual "back to top" link). Each comes with the heading
 * its text names, matched as table-of-contents entries are ({@link TocText#key}), and, when that
 * heading is the only one so named and reads exactly as the link, the fix that links it. {@code
 * broken-link} reports them; the TOC rules leave such entries to it.
 */
public final class EmptyLinkTargets {

  /**
   * A link that leads nowhere.
   *
   * @param start offset of the link
   * @param end offset just past it
   * @param topOfPage whether it is a {@code (#)} link in the table of contents
   * @param headings the headings its text names, those that read exactly as it first
   * @param fix writes the heading's anchor into the link, when one heading alone is named so, reads
   *     exactly as the link text, and the link is written inline
   */
  public record EmptyLink(
      int start, int end, boolean topOfPage, List<Heading> headings, Optional<Fix> fix) {}

  private final Document document;
  private final Map<String, List<Heading>> headingsByKey = new HashMap<>();

  private EmptyLinkTargets(Document document) {
    this.document = document;
    for (Heading h : document.headings()) {
      headingsByKey.computeIfAbsent(TocText.key(h.text()), k -> new ArrayList<>()).add(h);
    }
  }

  /** The links of the document of {@code context} that lead nowhere, in document order. */
  public static List<EmptyLink> of(DocumentContext context) {
    Document document = context.document();
    List<LinkRef> blankOrHash =
        document.links().stream()
            .filter(l -> l.kind() == LinkRef.Kind.LINK && leadsNowhere(l.destination(), true))
            .toList();
    if (blankOrHash.isEmpty()) {
      return List.of();
    }
    Optional<Toc> toc = context.bank().toc();
    Map<Integer, LinkRef> empty = new HashMap<>();
    for (LinkRef link : blankOrHash) {
      if (leadsNowhere(link.destination(), toc.map(t -> contains(t, link)).orElse(false))) {
        empty.put(link.start(), link);
      }
    }
    EmptyLinkTargets targets = new EmptyLinkTargets(document);
    List<EmptyLink> found = new ArrayList<>();
    LinkNodes.of(document, empty.keySet())
        .forEach(node -> found.add(targets.describe(empty.get(Document.startOffset(node)), node)));
    return found;
  }

  /** Whether a table-of-contents entry links nowhere: {@code ()} or {@code (#)}. */
  static boolean isEmpty(TocEntry entry) {
    return entry.target().map(t -> leadsNowhere(t, true)).orElse(false);
  }

  private static boolean leadsNowhere(String destination, boolean inToc) {
    String d = destination.strip();
    return d.isEmpty() || inToc && d.equals("#");
  }

  private static boolean contains(Toc toc, LinkRef link) {
    return link.start() >= toc.listStart() && link.end() <= toc.listEnd();
  }

  private EmptyLink describe(LinkRef link, Link node) {
    String key = TocText.key(link.text());
    List<Heading> named = key.isEmpty() ? List.of() : headingsByKey.getOrDefault(key, List.of());
    Map<Boolean, List<Heading>> exact =
        named.stream()
            .collect(Collectors.partitioningBy(h -> TocText.sameShownText(link.text(), h.text())));
    Optional<Fix> fix =
        named.size() == 1 && exact.get(true).size() == 1
            ? destinationFix(node, named.get(0))
            : Optional.empty();
    List<Heading> headings = new ArrayList<>(exact.get(true));
    headings.addAll(exact.get(false));
    return new EmptyLink(
        link.start(), link.end(), !link.destination().isBlank(), List.copyOf(headings), fix);
  }

  /**
   * Writes {@code #anchor} in place of the empty destination of an inline link ({@code []()},
   * {@code [](<>)}, {@code [](#)}, before a title); empty for a reference link, whose destination
   * is elsewhere.
   */
  private Optional<Fix> destinationFix(Link link, Heading heading) {
    String text = document.text();
    Node lastChild = link.getLastChild();
    int textEnd =
        lastChild == null ? Document.startOffset(link) + 1 : Document.endOffset(lastChild);
    if (textEnd < 0 || !text.startsWith("](", textEnd)) {
      return Optional.empty();
    }
    int from = textEnd + 2;
    int at = from;
    while (TextChars.isRegexSpace(text.charAt(at))) {
      at++;
    }
    String destination = TocRegenerator.destination("#" + heading.anchor());
    int to = at;
    if (text.charAt(at) == '<') {
      to = text.indexOf('>', at) + 1;
    } else if (text.charAt(at) == '#') {
      to = at + 1;
    } else if (text.charAt(at) != ')') {
      destination += " "; // a title follows
    }
    return Optional.of(
        Fix.replace("link the heading '" + heading.text() + "'", from, to, destination));
  }

  /** The link nodes that start at the given offsets, in document order. */
  private static final class LinkNodes extends AbstractVisitor {
    private final Set<Integer> starts;
    private final List<Link> found = new ArrayList<>();

    private LinkNodes(Set<Integer> starts) {
      this.starts = starts;
    }

    static List<Link> of(Document document, Set<Integer> starts) {
      LinkNodes visitor = new LinkNodes(starts);
      document.root().accept(visitor);
      return visitor.found;
    }

    @Override
    public void visit(Link link) {
      if (starts.contains(Document.startOffset(link))) {
        found.add(link);
      }
    }
  }
}
