package io.github.qbanklint.core.engine;

import io.github.qbanklint.core.api.DocumentSummary;
import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.RemoteLinks;
import io.github.qbanklint.core.api.Settings;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.api.UnreadableInput;
import io.github.qbanklint.core.api.WorkspaceContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The context one workspace rule sees; collects its findings. */
final class WorkspaceRun extends RuleRun implements WorkspaceContext {
  private final Path root;
  private final List<DocumentSummary> documents;
  private final List<UnreadableInput> unreadable;
  private final RemoteLinks remoteLinks;
  private final Predicate<String> reported;

  WorkspaceRun(
      Path root,
      List<DocumentSummary> documents,
      List<UnreadableInput> unreadable,
      ConfiguredRule rule,
      Settings settings,
      List<Finding> sink,
      RemoteLinks remoteLinks,
      Predicate<String> reported) {
    super(rule, settings, sink);
    this.reported = reported;
    this.root = root;
    this.documents = documents;
    this.unreadable = unreadable;
    this.remoteLinks = remoteLinks;
  }

  /** What the rule reported. */
  List<Finding> found() {
    return sink;
  }

  @Override
  public boolean reported(String path) {
    return reported.test(path);
  }

  @Override
  public Path root() {
    return root;
  }

  @Override
  public List<DocumentSummary> documents() {
    return documents;
  }

  @Override
  public List<UnreadableInput> unreadableFiles() {
    return unreadable;
  }

  @Override
  public Severity severity() {
    return rule.severity();
  }

  @Override
  public RemoteLinks remoteLinks() {
    return remoteLinks;
  }

  @Override
  public void report(
      String path, int line, int column, int endLine, int endColumn, String message) {
    report(path, line, column, endLine, endColumn, message, rule.severity());
  }

  @Override
  public void report(
      String path,
      int line,
      int column,
      int endLine,
      int endColumn,
      String message,
      Severity severity) {
    if (line < 1 || column < 1 || endLine < line || (endLine == line && endColumn < column)) {
      throw new IllegalStateException(
          "rule "
              + rule.id()
              + " reported an invalid position "
              + path
              + ":"
              + line
              + ":"
              + column);
    }
    sink.add(
        new Finding(
            rule.id(),
            severity.isAtLeast(rule.severity()) ? rule.severity() : severity,
            path,
            line,
            column,
            endLine,
            endColumn,
            message,
            Optional.empty()));
  }
}
