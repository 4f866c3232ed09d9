package io.github.qbanklint.core.engine;

import io.github.qbanklint.core.document.DocumentLoader;

/** Where file contents come from: the working tree, or elsewhere (the git index). */
public interface ContentSource {
  DocumentLoader.Result load(SourceFile file);
}
