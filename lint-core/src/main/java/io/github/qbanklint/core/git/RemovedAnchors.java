package io.github.qbanklint.core.git;

import io.github.qbanklint.core.document.DocumentLoader;
import io.github.qbanklint.core.engine.ContentSource;
import io.github.qbanklint.core.engine.SourceFile;
import java.util.List;
import java.util.Set;

/**
 * Whether staged edits remove an anchor (a heading's slug, an HTML id) that files not staged may
 * link to. Only the staged files that {@code HEAD} also has are read, once from each side.
 */
final class RemovedAnchors {
  private RemovedAnchors() {}

  static boolean any(List<SourceFile> changed, ContentSource index, ContentSource head) {
    return changed.stream()
        .anyMatch(f -> !anchorsOf(index.load(f)).containsAll(anchorsOf(head.load(f))));
  }

  private static Set<String> anchorsOf(DocumentLoader.Result loaded) {
    return loaded instanceof DocumentLoader.Loaded document
        ? document.document().anchors()
        : Set.of();
  }
}
