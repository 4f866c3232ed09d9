package io.github.qbanklint.core.api;

import java.util.Optional;

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

  /**
   * Why this rule cannot run in this installation (a library it needs is not on the class path), or
   * empty. Enabling such a rule is a configuration error naming the reason.
   */
  default Optional<String> missingRequirement() {
    return Optional.empty();
  }

  /** Checks one document. Skipped for documents that could not be decoded. */
  default void check(DocumentContext context) {}

  /** Checks what spans documents, from the per-document summaries. */
  default void checkWorkspace(WorkspaceContext context) {}
}
