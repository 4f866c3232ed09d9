package io.github.qbanklint.core.remote;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP server on 127.0.0.1 for remote link tests: answers every path with a {@link Reply} chosen
 * by a handler, counts requests (per path too) and the most requests ever in flight at once. Only
 * loopback, ever.
 */
public final class LoopbackServer implements AutoCloseable {

  /** A response: status, optional header, and how long to wait before answering. */
  public record Reply(int status, String header, String value, long delayMillis, String html) {
    public Reply(int status, String header, String value, long delayMillis) {
      this(status, header, value, delayMillis, null);
    }

    public static Reply status(int status) {
      return new Reply(status, null, null, 0);
    }

    /** 200 with an HTML page (to GET; HEAD gets the headers only). */
    public static Reply page(String html) {
      return new Reply(200, "Content-Type", "text/html; charset=utf-8", 0, html);
    }

    public static Reply redirect(int status, String location) {
      return new Reply(status, "Location", location, 0);
    }

    public Reply after(long millis) {
      return new Reply(status, header, value, millis, html);
    }
  }

  /** Chooses the reply to a request: its path and how many requests that path had before. */
  @FunctionalInterface
  public interface Handler {
    Reply reply(String path, int earlierRequests);
  }

  /** When a request arrived, for timing checks. */
  public record Arrival(String path, String method, long nanos, String userAgent) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private final Map<String, AtomicInteger> perPath = new ConcurrentHashMap<>();
  private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();

  public LoopbackServer(Handler handler) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    server.setExecutor(executor);
    server.createContext("/", exchange -> handle(exchange, handler));
    server.start();
  }

  private void handle(HttpExchange exchange, Handler handler) throws IOException {
    String path = exchange.getRequestURI().getPath();
    int now = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(now, Math::max);
    requests.incrementAndGet();
    arrivals.add(
        new Arrival(
            path,
            exchange.getRequestMethod(),
            System.nanoTime(),
            exchange.getRequestHeaders().getFirst("User-Agent")));
    int earlier = perPath.computeIfAbsent(path, p -> new AtomicInteger()).getAndIncrement();
    try {
      Reply reply = handler.reply(path, earlier);
      if (reply.delayMillis() > 0) {
        Thread.sleep(reply.delayMillis());
      }
      if (reply.header() != null) {
        exchange.getResponseHeaders().add(reply.header(), reply.value());
      }
      // counted out before answering: the client may start its next request once it has the answer
      inFlight.decrementAndGet();
      byte[] body =
          reply.html() == null || exchange.getRequestMethod().equals("HEAD")
              ? new byte[0]
              : reply.html().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        exchange.getResponseBody().write(body);
      }
    } catch (InterruptedException e) {
      inFlight.decrementAndGet();
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // the client gave up (a timeout test): nothing to answer
    } finally {
      exchange.close();
    }
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  public int requests() {
    return requests.get();
  }

  public int requests(String path) {
    AtomicInteger count = perPath.get(path);
    return count == null ? 0 : count.get();
  }

  public int maxInFlight() {
    return maxInFlight.get();
  }

  public List<Arrival> arrivals() {
    return List.copyOf(arrivals);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
