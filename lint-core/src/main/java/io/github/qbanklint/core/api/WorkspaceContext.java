package io.github.qbanklint.core.api;

import java.nio.file.Path;
import java.util.List;

/** What a workspace rule sees: every checked document's summary, and where it reports. */
public interface WorkspaceContext {

  /** The workspace root; document paths are relative to it. */
  Path root();

  List<DocumentSummary> documents();

  /**
   * Files that were not linted: binary or not valid UTF-8, or symbolic links to outside the
   * workspace (see {@link io.github.qbanklint.core.document.LoadProblem.Kind}).
   */
  List<UnreadableInput> unreadableFiles();

  RuleOptions options();

  /** The severity the rule runs at: its configured one, else its default. */
  Severity severity();

  Settings settings();

  /** Reports a problem at a 1-based position in the document at {@code path}. */
  void report(String path, int line, int column, int endLine, int endColumn, String message);

  /**
   * Reports a problem that is at most as serious as {@code severity} (a rate-limited link is a
   * warning even when dead links are errors); the rule's configured severity still caps it.
   */
  default void report(
      String path,
      int line,
      int column,
      int endLine,
      int endColumn,
      String message,
      Severity severity) {
    report(path, line, column, endLine, endColumn, message);
  }

  /**
   * Whether the findings at {@code path} are reported. A run that reports only some files ({@code
   * check --staged}, {@code --changed-since}) still gives every document's summary, since anchors
   * and questions elsewhere count, but drops the other files' findings: a rule may skip the work of
   * finding them.
   */
  default boolean reported(String path) {
    return true;
  }

  /** The remote link checker of this run; {@link RemoteLinks#disabled()} unless asked for. */
  default RemoteLinks remoteLinks() {
    return RemoteLinks.disabled();
  }
}
