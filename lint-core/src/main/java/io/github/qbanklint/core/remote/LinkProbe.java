package io.github.qbanklint.core.remote;

import io.github.qbanklint.core.api.LinkSettings;
import io.github.qbanklint.core.api.RemoteLinkStatus;
import io.github.qbanklint.core.api.RemoteLinkStatus.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.net.ssl.SSLException;

/**
 * Checks one URL: HEAD first, GET when the server refuses HEAD; redirects followed by hand (so that
 * every hop passes the address guard and loops end); retries with backoff for 408, 429, 5xx,
 * timeouts and resets. Bodies are never read.
 */
final class LinkProbe {
  private static final Set<Integer> HEAD_REFUSED = Set.of(400, 403, 405, 501);
  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

  private final Supplier<HttpClient> client;
  private final LinkSettings settings;
  private final HostGates gates;
  private final AddressGuard guard;
  private final RetryTiming timing;
  private final String userAgent;

  LinkProbe(
      Supplier<HttpClient> client,
      LinkSettings settings,
      HostGates gates,
      AddressGuard guard,
      String userAgent) {
    this.client = client;
    this.settings = settings;
    this.gates = gates;
    this.guard = guard;
    this.timing = new RetryTiming(settings.retryDelayDuration(), settings.maxRetryAfterDuration());
    this.userAgent = userAgent;
  }

  /** The result of one attempt: a status, whether to retry, and the server's wish on when. */
  private record Attempt(
      Outcome outcome,
      int httpStatus,
      String detail,
      boolean retryable,
      Optional<Duration> retryAfter) {
    static Attempt finalResult(Outcome outcome, int httpStatus, String detail) {
      return new Attempt(outcome, httpStatus, detail, false, Optional.empty());
    }
  }

  RemoteLinkStatus check(String url) throws InterruptedException {
    URI uri;
    try {
      uri = new URI(url);
    } catch (java.net.URISyntaxException e) {
      return new RemoteLinkStatus(
          url, Outcome.CONNECTION_FAILED, 0, "not a valid URL: " + e.getReason(), 0);
    }
    if (uri.getHost() == null) {
      return new RemoteLinkStatus(url, Outcome.CONNECTION_FAILED, 0, "the URL names no host", 0);
    }
    String host = uri.getHost().toLowerCase(java.util.Locale.ROOT);
    int requests = 0;
    for (int retry = 0; ; retry++) {
      int[] counter = {0};
      Attempt attempt;
      gates.enter(host);
      try {
        attempt = followRedirects(uri, counter);
      } finally {
        gates.leave(host);
      }
      requests += counter[0];
      if (!attempt.retryable() || retry >= settings.retries()) {
        return new RemoteLinkStatus(
            url, attempt.outcome(), attempt.httpStatus(), attempt.detail(), requests);
      }
      Thread.sleep(timing.delay(retry, attempt.retryAfter()).toMillis());
    }
  }

  private Attempt followRedirects(URI start, int[] requests) throws InterruptedException {
    URI uri = start;
    for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
      Optional<Attempt> refused = guard(uri);
      if (refused.isPresent()) {
        return refused.get();
      }
      HttpResponse<InputStream> response;
      try {
        requests[0]++;
        response = send(uri, "HEAD");
        if (HEAD_REFUSED.contains(response.statusCode())) {
          requests[0]++;
          response = send(uri, "GET");
        }
      } catch (HttpConnectTimeoutException e) {
        return new Attempt(
            Outcome.TIMEOUT,
            0,
            "could not connect within " + settings.connectTimeout(),
            true,
            Optional.empty());
      } catch (HttpTimeoutException e) {
        return new Attempt(
            Outcome.TIMEOUT,
            0,
            "no answer within " + settings.requestTimeout(),
            true,
            Optional.empty());
      } catch (SSLException e) {
        return Attempt.finalResult(Outcome.TLS_ERROR, 0, "TLS handshake failed: " + e.getMessage());
      } catch (ConnectException e) {
        return Attempt.finalResult(Outcome.CONNECTION_FAILED, 0, "connection refused");
      } catch (IOException e) {
        return new Attempt(
            Outcome.CONNECTION_FAILED, 0, "connection failed: " + e, true, Optional.empty());
      }
      int status = response.statusCode();
      Optional<String> location = response.headers().firstValue("Location");
      if (REDIRECTS.contains(status) && location.isPresent()) {
        try {
          uri = uri.resolve(location.get().trim());
        } catch (IllegalArgumentException e) {
          return Attempt.finalResult(Outcome.HTTP_ERROR, status, "redirect to an invalid URL");
        }
        continue;
      }
      return classify(status, response);
    }
    return Attempt.finalResult(
        Outcome.TOO_MANY_REDIRECTS, 0, "more than " + settings.maxRedirects() + " redirects");
  }

  private Optional<Attempt> guard(URI uri) {
    String host = uri.getHost();
    if (host == null
        || !(uri.getScheme().equalsIgnoreCase("http")
            || uri.getScheme().equalsIgnoreCase("https"))) {
      return Optional.of(
          Attempt.finalResult(Outcome.CONNECTION_FAILED, 0, "redirect to a non-http URL " + uri));
    }
    switch (guard.verdict(host)) {
      case UNKNOWN_HOST:
        return Optional.of(
            Attempt.finalResult(Outcome.DNS_FAILURE, 0, "host " + host + " not found"));
      case PRIVATE:
        return settings.allowPrivate()
            ? Optional.empty()
            : Optional.of(
                Attempt.finalResult(Outcome.PRIVATE_ADDRESS, 0, host + " is a private address"));
      default:
        return Optional.empty();
    }
  }

  private Attempt classify(int status, HttpResponse<InputStream> response) {
    if (settings.accepts(status)) {
      return Attempt.finalResult(Outcome.ALIVE, status, "HTTP " + status);
    }
    Optional<Duration> retryAfter =
        RetryTiming.parseRetryAfter(response.headers().firstValue("Retry-After"));
    if (status == 429) {
      return new Attempt(
          Outcome.RATE_LIMITED, status, "HTTP 429 Too Many Requests", true, retryAfter);
    }
    boolean retryable = status == 408 || status >= 500;
    return new Attempt(Outcome.HTTP_ERROR, status, "HTTP " + status, retryable, retryAfter);
  }

  private HttpResponse<InputStream> send(URI uri, String method)
      throws IOException, InterruptedException {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri);
    if (uri.getScheme().equalsIgnoreCase("http")) {
      // no cleartext HTTP/2 upgrade dance: plain http servers speak HTTP/1.1
      builder.version(HttpClient.Version.HTTP_1_1);
    }
    HttpRequest request =
        builder
            .method(method, HttpRequest.BodyPublishers.noBody())
            .timeout(settings.requestTimeoutDuration())
            .header("User-Agent", userAgent)
            .header("Accept", "*/*")
            .build();
    HttpResponse<InputStream> response =
        client.get().send(request, HttpResponse.BodyHandlers.ofInputStream());
    response.body().close();
    return response;
  }
}
