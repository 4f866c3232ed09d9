package io.github.qbanklint.core.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Per-host slots and intervals, without a network. */
class HostGatesTest {

  @Test
  void startsToOneHostAreSpacedAndOtherHostsDoNotWait() throws InterruptedException {
    HostGates gates = new HostGates(4, Duration.ofMillis(60));

    long start = System.nanoTime();
    for (int i = 0; i < 3; i++) {
      gates.enter("a.example");
      gates.leave("a.example");
    }
    Duration sameHost = Duration.ofNanos(System.nanoTime() - start);
    long otherStart = System.nanoTime();
    gates.enter("b.example");
    gates.leave("b.example");
    Duration otherHost = Duration.ofNanos(System.nanoTime() - otherStart);

    assertThat(sameHost).isGreaterThanOrEqualTo(Duration.ofMillis(120));
    assertThat(otherHost).isLessThan(Duration.ofMillis(60));
  }

  @Test
  void aHostHasAtMostItsSlotsInUse() throws InterruptedException {
    HostGates gates = new HostGates(2, Duration.ZERO);
    gates.enter("a.example");
    gates.enter("a.example");

    Thread third =
        new Thread(
            () -> {
              try {
                gates.enter("a.example");
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    third.start();
    third.join(200);

    assertThat(third.isAlive()).as("third caller waits for a slot").isTrue();
    gates.leave("a.example");
    third.join(2_000);
    assertThat(third.isAlive()).isFalse();
  }
}
