package io.github.qbanklint.rules.links;

import io.github.qbanklint.core.api.DocumentSummary;
import io.github.qbanklint.core.api.DocumentSummary.LocatedLink;
import io.github.qbanklint.core.api.WorkspaceContext;
import io.github.qbanklint.core.document.LinkRef;
import io.github.qbanklint.core.document.LinkTarget;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks every local link, image and anchor of a workspace from the document summaries: files are
 * looked up on disk, anchors in the target document's summary (no document is parsed again). Links
 * to a fragment of their own document are {@link BrokenAnchorRule}'s, checked with the document.
 */
final class LocalLinkCheck {
  /** Which rule a problem belongs to. */
  enum Category {
    LINK,
    IMAGE,
    ANCHOR,
    /** A link or image whose target is outside the workspace through a symbolic link. */
    OUTSIDE
  }

  /** One broken link, with the message its rule reports. */
  record Problem(Category category, String path, LocatedLink link, String message) {}

  private final Map<String, DocumentSummary> documents = new HashMap<>();
  private final WorkspaceFiles files;
  private final Category wanted;
  private final List<Problem> problems = new ArrayList<>();
  private final AnchorCheck anchors = new AnchorCheck();

  private LocalLinkCheck(WorkspaceContext context, Category wanted) {
    context.documents().forEach(d -> documents.put(d.path(), d));
    files = new WorkspaceFiles(context.root(), documents.keySet());
    this.wanted = wanted;
  }

  /**
   * The problems of one category, in document and link order. Only the links that can yield a
   * problem of that category are examined, so the three rules sharing this check split the work.
   */
  static List<Problem> problems(WorkspaceContext context, Category category) {
    LocalLinkCheck check = new LocalLinkCheck(context, category);
    for (DocumentSummary document : context.documents()) {
      if (!context.reported(document.path())) {
        continue; // its links' problems would be dropped
      }
      for (LocatedLink link : document.links()) {
        if (mayYield(category, link)) {
          LinkTarget.parse(link.destination())
              .filter(target -> canYield(category, link, target))
              .ifPresent(target -> check.check(document, link, target));
        }
      }
    }
    return List.copyOf(check.problems);
  }

  /**
   * False for a link that cannot yield a problem of {@code wanted}, told without parsing it: each
   * of the four rules sharing this check reads every link. Package-private for the test that checks
   * it against {@link #canYield}.
   */
  static boolean mayYield(Category wanted, LocatedLink link) {
    if (LinkRef.isFragmentOnly(link.destination())) {
      return false;
    }
    if (wanted == Category.ANCHOR) {
      return link.destination().indexOf('#') >= 0;
    }
    return wanted == Category.OUTSIDE || pathCategory(link) == wanted;
  }

  /** Whether a link to {@code target} can yield a problem of {@code wanted} in this check. */
  static boolean canYield(Category wanted, LocatedLink link, LinkTarget target) {
    if (target.isSameDocument()) {
      return false;
    }
    return switch (wanted) {
      case ANCHOR -> target.fragment().isPresent();
      case OUTSIDE -> true;
      default -> pathCategory(link) == wanted;
    };
  }

  private static Category pathCategory(LocatedLink link) {
    boolean image = link.kind() == LinkRef.Kind.IMAGE || link.kind() == LinkRef.Kind.HTML_IMAGE;
    return image ? Category.IMAGE : Category.LINK;
  }

  private void check(DocumentSummary document, LocatedLink link, LinkTarget target) {
    Category category = pathCategory(link);
    String what = category == Category.IMAGE ? "image" : "link target";
    String written = target.path();
    String subject = what + " '" + written + "'";
    if (target.onAuthorsMachine()) {
      report(
          category,
          document,
          link,
          subject
              + " is a path on the author's machine, which readers do not have: copy the file"
              + " into the repository and link it relatively.");
      return;
    }
    String slashed = written.replace('\\', '/');
    WorkspaceFiles.Resolution resolution = files.resolve(document.path(), slashed);
    Optional<String> problem = problemWith(subject, resolution, written, slashed);
    if (resolution instanceof WorkspaceFiles.OutsideWorkspace outside) {
      report(
          Category.OUTSIDE,
          document,
          link,
          subject
              + " is outside the workspace (→ "
              + outside.real()
              + ", through a symbolic link); not checked: copy the file into the repository, or"
              + " link a full URL.");
    } else if (resolution instanceof WorkspaceFiles.Missing missing && category == wanted) {
      // Only the rule of the link's category reports it: the others skip the suggestion, which
      // reads the directory's names.
      reportMissing(category, document, link, target, what, missing);
    } else if (problem.isPresent()) {
      report(category, document, link, problem.get());
    } else if (resolution instanceof WorkspaceFiles.Found found
        && target.fragment().isPresent()
        && documents.containsKey(found.path())) {
      checkAnchor(documents.get(found.path()), document, link, target.fragment().get());
    }
  }

  /** What is wrong with a path that resolved to something other than a missing or outside file. */
  private static Optional<String> problemWith(
      String subject, WorkspaceFiles.Resolution resolution, String written, String slashed) {
    if (resolution instanceof WorkspaceFiles.EscapesRoot) {
      return Optional.of(
          subject
              + " points outside the workspace root, where readers of the repository cannot"
              + " follow it: move the file into the repository or link a full URL.");
    }
    if (resolution instanceof WorkspaceFiles.SymlinkLoop loop) {
      return Optional.of(
          subject
              + " cannot be followed: symlink loop at "
              + loop.link()
              + "; fix or remove the link.");
    }
    if (resolution instanceof WorkspaceFiles.Unreadable unreadable) {
      return Optional.of(
          subject
              + " cannot be checked: the directory '"
              + unreadable.directory()
              + "' cannot be read (permission denied); give it read and execute permission.");
    }
    if (resolution instanceof WorkspaceFiles.CaseMismatch mismatch) {
      return Optional.of(
          subject
              + " differs only in letter case from the existing '"
              + mismatch.actual()
              + "': it works on macOS and Windows but breaks on Linux and GitHub. Write the name"
              + " exactly.");
    }
    if (!written.equals(slashed)) {
      return Optional.of(
          subject
              + " uses '\\' as a path separator, which only Windows understands: write '"
              + slashed
              + "'.");
    }
    return Optional.empty();
  }

  private void reportMissing(
      Category category,
      DocumentSummary document,
      LocatedLink link,
      LinkTarget target,
      String what,
      WorkspaceFiles.Missing missing) {
    String written = target.path();
    Optional<String> anchor =
        category == Category.LINK && target.fragment().isEmpty()
            ? link.namedAnchor()
            : Optional.empty();
    if (anchor.isPresent()) {
      report(
          category,
          document,
          link,
          "link target '"
              + written
              + "' is not a file but names an anchor of this file without its"
              + " '#'; did you mean #"
              + anchor.get()
              + "?");
      return;
    }
    report(
        category,
        document,
        link,
        what
            + " '"
            + written
            + "' does not exist"
            + missing
                .suggestion()
                .map(s -> "; did you mean '" + s + "'?")
                .orElse(": fix the path or add the file."));
  }

  private void checkAnchor(
      DocumentSummary target, DocumentSummary source, LocatedLink link, String fragment) {
    if (wanted == Category.ANCHOR) {
      anchors
          .problem(target.path(), target::anchors, fragment, target.path())
          .ifPresent(message -> report(Category.ANCHOR, source, link, message));
    }
  }

  private void report(
      Category category, DocumentSummary document, LocatedLink link, String message) {
    if (category != wanted) {
      return;
    }
    problems.add(new Problem(category, document.path(), link, message));
  }
}
