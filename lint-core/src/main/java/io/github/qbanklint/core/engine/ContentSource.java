package io.github.qbanklint.core.engine;

import io.github.qbanklint.core.document.DocumentLoader;
import java.util.List;

/** Where file contents come from: the working tree, or elsewhere (the git index, a commit). */
public interface ContentSource {
  DocumentLoader.Result load(SourceFile file);

  /**
   * The files this source holds, given the ones collected from the working tree; the git index, for
   * one, lacks untracked files, and a commit has files deleted since. Sorted by relative path.
   */
  default List<SourceFile> files(List<SourceFile> inWorkTree) {
    return inWorkTree;
  }
}
