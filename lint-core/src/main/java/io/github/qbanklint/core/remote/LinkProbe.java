package io.github.qbanklint.core.remote;

import io.github.qbanklint.core.api.LinkSettings;
import io.github.qbanklint.core.api.RemoteLinkStatus;
import io.github.qbanklint.core.api.RemoteLinkStatus.Outcome;
import io.github.qbanklint.core.document.HtmlAnchor;
import io.github.qbanklint.core.document.HtmlScanner;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.net.ssl.SSLException;

/**
 * Checks one URL: HEAD first, GET when the server refuses HEAD; redirects followed by hand (so that
 * every hop passes the address guard and loops end); retries with backoff for 408, 429, 5xx,
 * timeouts and resets. Bodies are not read, except up to 1 MiB of an HTML page whose element ids
 * are wanted to check fragments.
 */
final class LinkProbe {
  private static final Set<Integer> HEAD_REFUSED = Set.of(400, 403, 405, 501);
  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
  private static final int MAX_BODY_BYTES = 1 << 20;

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

  /** A URL's status, and the ids and names of its page when they were asked for and it is HTML. */
  record Probed(RemoteLinkStatus status, Optional<Set<String>> anchors) {}

  /** A response with the headers that matter, and its text when it was read. */
  private record Answer(int status, HttpHeaders headers, Optional<String> html) {}

  /** The result of one attempt: a status, whether to retry, and the server's wish on when. */
  private record Attempt(
      Outcome outcome,
      int httpStatus,
      String detail,
      boolean retryable,
      Optional<Duration> retryAfter,
      Optional<String> html) {
    static Attempt finalResult(Outcome outcome, int httpStatus, String detail) {
      return new Attempt(outcome, httpStatus, detail, false, Optional.empty(), Optional.empty());
    }

    static Attempt retryable(
        Outcome outcome, int httpStatus, String detail, Optional<Duration> after) {
      return new Attempt(outcome, httpStatus, detail, true, after, Optional.empty());
    }
  }

  Probed check(String url, boolean wantAnchors) throws InterruptedException {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return failed(url, "not a valid URL: " + e.getReason());
    }
    if (uri.getHost() == null) {
      return failed(url, "the URL names no host");
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    int requests = 0;
    for (int retry = 0; ; retry++) {
      int[] counter = {0};
      Attempt attempt;
      gates.enter(host);
      try {
        attempt = followRedirects(uri, counter, wantAnchors);
      } finally {
        gates.leave(host);
      }
      requests += counter[0];
      if (!attempt.retryable() || retry >= settings.retries()) {
        RemoteLinkStatus status =
            new RemoteLinkStatus(
                url, attempt.outcome(), attempt.httpStatus(), attempt.detail(), requests);
        return new Probed(status, attempt.html().map(LinkProbe::anchorsOf));
      }
      Thread.sleep(timing.delay(retry, attempt.retryAfter()).toMillis());
    }
  }

  private static Probed failed(String url, String detail) {
    return new Probed(
        new RemoteLinkStatus(url, Outcome.CONNECTION_FAILED, 0, detail, 0), Optional.empty());
  }

  private static Set<String> anchorsOf(String html) {
    return HtmlScanner.anchors(html).stream().map(HtmlAnchor::value).collect(Collectors.toSet());
  }

  private Attempt followRedirects(URI start, int[] requests, boolean wantAnchors)
      throws InterruptedException {
    URI uri = start;
    for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
      Optional<Attempt> refused = guard(uri);
      if (refused.isPresent()) {
        return refused.get();
      }
      Answer answer;
      try {
        requests[0]++;
        answer = send(uri, wantAnchors ? "GET" : "HEAD", wantAnchors);
        if (!wantAnchors && HEAD_REFUSED.contains(answer.status())) {
          requests[0]++;
          answer = send(uri, "GET", false);
        }
      } catch (HttpConnectTimeoutException e) {
        return Attempt.retryable(
            Outcome.TIMEOUT,
            0,
            "could not connect within " + settings.connectTimeout(),
            Optional.empty());
      } catch (HttpTimeoutException e) {
        return Attempt.retryable(
            Outcome.TIMEOUT, 0, "no answer within " + settings.requestTimeout(), Optional.empty());
      } catch (SSLException e) {
        return Attempt.finalResult(Outcome.TLS_ERROR, 0, "TLS handshake failed: " + e.getMessage());
      } catch (ConnectException e) {
        return Attempt.finalResult(Outcome.CONNECTION_FAILED, 0, "connection refused");
      } catch (IOException e) {
        return Attempt.retryable(
            Outcome.CONNECTION_FAILED, 0, "connection failed: " + e, Optional.empty());
      }
      Optional<String> location = answer.headers().firstValue("Location");
      if (REDIRECTS.contains(answer.status()) && location.isPresent()) {
        try {
          uri = uri.resolve(location.get().trim());
        } catch (IllegalArgumentException e) {
          return Attempt.finalResult(
              Outcome.HTTP_ERROR, answer.status(), "redirect to an invalid URL");
        }
        continue;
      }
      return classify(answer);
    }
    return Attempt.finalResult(
        Outcome.TOO_MANY_REDIRECTS, 0, "more than " + settings.maxRedirects() + " redirects");
  }

  private Optional<Attempt> guard(URI uri) {
    String host = uri.getHost();
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (host == null || !(scheme.equals("http") || scheme.equals("https"))) {
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

  private Attempt classify(Answer answer) {
    int status = answer.status();
    if (settings.accepts(status)) {
      return new Attempt(
          Outcome.ALIVE, status, "HTTP " + status, false, Optional.empty(), answer.html());
    }
    Optional<Duration> retryAfter =
        RetryTiming.parseRetryAfter(answer.headers().firstValue("Retry-After"));
    if (status == 429) {
      return Attempt.retryable(
          Outcome.RATE_LIMITED, status, "HTTP 429 Too Many Requests", retryAfter);
    }
    if (status == 408 || status >= 500) {
      return Attempt.retryable(Outcome.HTTP_ERROR, status, "HTTP " + status, retryAfter);
    }
    return Attempt.finalResult(Outcome.HTTP_ERROR, status, "HTTP " + status);
  }

  private Answer send(URI uri, String method, boolean readHtml)
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
    if (method.equals("HEAD")) {
      HttpResponse<Void> response =
          client.get().send(request, HttpResponse.BodyHandlers.discarding());
      return new Answer(response.statusCode(), response.headers(), Optional.empty());
    }
    HttpResponse<InputStream> response =
        client.get().send(request, HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream body = response.body()) {
      boolean html =
          readHtml
              && response
                  .headers()
                  .firstValue("Content-Type")
                  .orElse("")
                  .toLowerCase(Locale.ROOT)
                  .contains("html");
      Optional<String> text =
          html
              ? Optional.of(new String(body.readNBytes(MAX_BODY_BYTES), StandardCharsets.UTF_8))
              : Optional.empty();
      return new Answer(response.statusCode(), response.headers(), text);
    }
  }
}
