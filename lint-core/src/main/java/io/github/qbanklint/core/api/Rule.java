package io.github.qbanklint.core.api;

/**
 * A check. Implementations are stateless and thread-safe: the engine calls {@link #check} for many
 * documents at once. A rule that needs the whole workspace (cross-file links, duplicates across
 * files) overrides {@link #checkWorkspace}, which runs once after every document was checked.
 */
public interface Rule {

  RuleMeta meta();

  default String id() {
    return meta().id();
  }

  /** Checks one document. Skipped for documents that could not be decoded. */
  default void check(DocumentContext context) {}

  /** Checks what spans documents, from the per-document summaries. */
  default void checkWorkspace(WorkspaceContext context) {}
}
