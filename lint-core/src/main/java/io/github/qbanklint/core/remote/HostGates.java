package io.github.qbanklint.core.remote;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Per-host limits: at most {@code perHost} requests in flight to one host, and request starts to
 * one host at least {@code interval} apart, so that one host is never flooded.
 */
final class HostGates {
  private final int perHost;
  private final long intervalNanos;
  private final Map<String, Gate> gates = new ConcurrentHashMap<>();

  HostGates(int perHost, Duration interval) {
    this.perHost = perHost;
    this.intervalNanos = interval.toNanos();
  }

  /** Waits for a slot on {@code host}; the caller must {@link #leave} it afterwards. */
  void enter(String host) throws InterruptedException {
    gates.computeIfAbsent(host, h -> new Gate(perHost)).enter(intervalNanos);
  }

  void leave(String host) {
    gates.get(host).permits.release();
  }

  private static final class Gate {
    private final Semaphore permits;
    private long nextStart = Long.MIN_VALUE;

    Gate(int perHost) {
      permits = new Semaphore(perHost, true);
    }

    void enter(long intervalNanos) throws InterruptedException {
      permits.acquire();
      long wait;
      synchronized (this) {
        long now = System.nanoTime();
        long start = nextStart == Long.MIN_VALUE ? now : Math.max(now, nextStart);
        nextStart = start + intervalNanos;
        wait = start - now;
      }
      if (wait > 0) {
        try {
          Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
        } catch (InterruptedException e) {
          permits.release();
          throw e;
        }
      }
    }
  }
}
