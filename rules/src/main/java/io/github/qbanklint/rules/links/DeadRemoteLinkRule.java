package io.github.qbanklint.rules.links;

import io.github.qbanklint.core.api.DocumentSummary;
import io.github.qbanklint.core.api.DocumentSummary.LocatedLink;
import io.github.qbanklint.core.api.RemoteLinkStatus;
import io.github.qbanklint.core.api.RemoteLinks;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.api.WorkspaceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An {@code http(s)} link or image that fails after retries. Runs only when remote checking is on;
 * every distinct URL is requested once however many places link it, and each place is reported. On
 * a machine without network (no host name resolves) the links are not dead but unchecked: one
 * warning says so, at the first of them.
 */
public final class DeadRemoteLinkRule implements Rule {
  private static final RuleMeta META =
      RuleMeta.builder("dead-remote-link")
          .family("links")
          .summary("An http(s) link or image fails after retries (only with remote checking on).")
          .severity(Severity.ERROR)
          .tags("links", "remote")
          .build();

  private record Place(String path, LocatedLink link) {}

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void checkWorkspace(WorkspaceContext context) {
    RemoteLinks remote = context.remoteLinks();
    if (!remote.enabled()) {
      return;
    }
    List<Place> places = new ArrayList<>();
    for (DocumentSummary document : context.documents()) {
      if (!context.reported(document.path())) {
        continue; // a pre-commit run checks the URLs of the staged files, not the workspace's
      }
      for (LocatedLink link : document.links()) {
        if (isHttp(link.destination())) {
          places.add(new Place(document.path(), link));
        }
      }
    }
    Map<String, RemoteLinkStatus> statuses =
        remote.check(places.stream().map(p -> p.link().destination()).toList());
    List<Place> withoutNetwork = new ArrayList<>();
    for (Place place : places) {
      RemoteLinkStatus status = statuses.get(place.link().destination());
      if (status != null && status.outcome() == RemoteLinkStatus.Outcome.NO_NETWORK) {
        withoutNetwork.add(place);
      } else if (status != null && status.failed()) {
        LocatedLink link = place.link();
        context.report(
            place.path(),
            link.line(),
            link.column(),
            link.endLine(),
            link.endColumn(),
            RemoteFailureMessage.of(status),
            status.outcome() == RemoteLinkStatus.Outcome.RATE_LIMITED
                ? Severity.WARNING
                : Severity.ERROR);
      }
    }
    if (!withoutNetwork.isEmpty()) {
      reportNoNetwork(context, withoutNetwork);
    }
  }

  private static void reportNoNetwork(WorkspaceContext context, List<Place> places) {
    Place first = places.get(0);
    LocatedLink link = first.link();
    String links = places.size() == 1 ? "1 link" : places.size() + " links";
    context.report(
        first.path(),
        link.line(),
        link.column(),
        link.endLine(),
        link.endColumn(),
        "no network: "
            + links
            + " not checked, since no host name could be resolved (this one is the first):"
            + " connect this machine to the network, or switch remote checks off (--offline).",
        Severity.WARNING);
  }

  private static boolean isHttp(String destination) {
    String lower = destination.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }
}
