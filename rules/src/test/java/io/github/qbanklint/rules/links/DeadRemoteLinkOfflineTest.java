package io.github.qbanklint.rules.links;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.DocumentSummary;
import io.github.qbanklint.core.api.DocumentSummary.LocatedLink;
import io.github.qbanklint.core.api.RemoteLinkStatus;
import io.github.qbanklint.core.api.RemoteLinkStatus.Outcome;
import io.github.qbanklint.core.api.RemoteLinks;
import io.github.qbanklint.core.api.RuleOptions;
import io.github.qbanklint.core.api.Settings;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.api.UnreadableInput;
import io.github.qbanklint.core.api.WorkspaceContext;
import io.github.qbanklint.core.document.LinkRef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * dead-remote-link when the checker could not reach the network: one warning for all the links, not
 * an error per link; links to hosts that do not exist while others work stay errors.
 */
class DeadRemoteLinkOfflineTest {
  private record Reported(String path, int line, Severity severity, String message) {}

  /** A workspace whose remote links get the status {@code statusOf} gives them. */
  private record Workspace(
      List<DocumentSummary> documents, Function<String, Outcome> statusOf, List<Reported> reported)
      implements WorkspaceContext {

    @Override
    public Path root() {
      return Path.of("");
    }

    @Override
    public List<UnreadableInput> unreadableFiles() {
      return List.of();
    }

    @Override
    public RuleOptions options() {
      return new RuleOptions(Map.of());
    }

    @Override
    public Severity severity() {
      return Severity.ERROR;
    }

    @Override
    public Settings settings() {
      return Settings.defaults();
    }

    @Override
    public void report(String path, int line, int column, int endLine, int endColumn, String m) {
      report(path, line, column, endLine, endColumn, m, Severity.ERROR);
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
      reported.add(new Reported(path, line, severity, message));
    }

    @Override
    public RemoteLinks remoteLinks() {
      return new RemoteLinks() {
        @Override
        public boolean enabled() {
          return true;
        }

        @Override
        public Map<String, RemoteLinkStatus> check(Collection<String> urls) {
          Map<String, RemoteLinkStatus> statuses = new LinkedHashMap<>();
          urls.forEach(
              u ->
                  statuses.put(
                      u, new RemoteLinkStatus(u, statusOf.apply(u), 0, "host not found", 0)));
          return statuses;
        }
      };
    }
  }

  private static DocumentSummary document(String path, String... urls) {
    List<LocatedLink> links = new ArrayList<>();
    for (int i = 0; i < urls.length; i++) {
      links.add(new LocatedLink(LinkRef.Kind.LINK, urls[i], i + 3, 3, i + 3, 20));
    }
    return new DocumentSummary(path, java.util.Set.of(), links, List.of(), Optional.empty());
  }

  private static List<Reported> lint(Function<String, Outcome> statusOf) {
    Workspace workspace =
        new Workspace(
            List.of(
                document("a.md", "https://one.example/x", "https://two.example/y"),
                document("b.md", "https://one.example/x", "https://three.example/z")),
            statusOf,
            new ArrayList<>());
    new DeadRemoteLinkRule().checkWorkspace(workspace);
    return workspace.reported();
  }

  @Test
  void withoutNetworkOneWarningCountsEveryLinkNotChecked() {
    List<Reported> reported = lint(url -> Outcome.NO_NETWORK);

    assertThat(reported)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.severity()).isEqualTo(Severity.WARNING);
              assertThat(r.path()).isEqualTo("a.md");
              assertThat(r.line()).isEqualTo(3);
              assertThat(r.message())
                  .startsWith("no network: 4 links not checked")
                  .contains("--offline");
            });
  }

  @Test
  void unknownHostsWhileTheNetworkWorksAreAnErrorEach() {
    List<Reported> reported =
        lint(url -> url.contains("three") ? Outcome.ALIVE : Outcome.DNS_FAILURE);

    assertThat(reported)
        .hasSize(3)
        .allSatisfy(r -> assertThat(r.severity()).isEqualTo(Severity.ERROR));
    assertThat(reported.get(0).message()).contains("DNS lookup failed");
  }
}
