package io.github.qbanklint.core.git;

import io.github.qbanklint.core.document.DocumentLoader;
import io.github.qbanklint.core.engine.ContentSource;
import io.github.qbanklint.core.engine.SourceFile;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Whether staged edits remove an anchor (a heading's slug, an HTML id) that files not staged may
 * link to. Only the staged files that {@code HEAD} also has are read, once from each side.
 */
final class RemovedAnchors {
  private RemovedAnchors() {}

  static boolean any(List<SourceFile> changed, ContentSource index, ContentSource head) {
    return changed.stream().anyMatch(f -> removesAnchor(f, index, head));
  }

  /**
   * The two sides of a file are parsed at once, one of them on another core: this runs before the
   * lint of a pre-commit hook, with every other core idle.
   */
  private static boolean removesAnchor(SourceFile file, ContentSource index, ContentSource head) {
    CompletableFuture<Set<String>> before =
        CompletableFuture.supplyAsync(() -> anchorsOf(head.load(file)));
    Set<String> after = anchorsOf(index.load(file));
    try {
      return !after.containsAll(before.join());
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
  }

  private static Set<String> anchorsOf(DocumentLoader.Result loaded) {
    return loaded instanceof DocumentLoader.Loaded document
        ? document.document().anchors()
        : Set.of();
  }
}
