package io.github.qbanklint.core.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The small parts of the remote checker: address classes and retry timing. */
class RemotePartsTest {

  @Test
  void privateLoopbackLinkLocalAndUniqueLocalAddressesArePrivate() throws Exception {
    for (String address :
        new String[] {
          "127.0.0.1",
          "10.1.2.3",
          "172.16.0.1",
          "192.168.1.1",
          "169.254.169.254",
          "100.64.0.1",
          "0.0.0.0",
          "::1",
          "fe80::1",
          "fd12:3456::1"
        }) {
      assertThat(AddressGuard.isPrivate(InetAddress.getByName(address))).as(address).isTrue();
    }
    for (String address :
        new String[] {"93.184.216.34", "8.8.8.8", "100.128.0.1", "2606:4700::1"}) {
      assertThat(AddressGuard.isPrivate(InetAddress.getByName(address))).as(address).isFalse();
    }
  }

  @Test
  void backoffDoublesAndEverythingIsCapped() {
    RetryTiming timing = new RetryTiming(Duration.ofMillis(100), Duration.ofSeconds(1));

    assertThat(timing.delay(0, Optional.empty())).isEqualTo(Duration.ofMillis(100));
    assertThat(timing.delay(2, Optional.empty())).isEqualTo(Duration.ofMillis(400));
    assertThat(timing.delay(10, Optional.empty())).isEqualTo(Duration.ofSeconds(1));
    assertThat(timing.delay(0, Optional.of(Duration.ofSeconds(3600))))
        .isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
    assertThat(RetryTiming.parseRetryAfter(Optional.of("7"))).contains(Duration.ofSeconds(7));
    String inTenSeconds =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(10));
    assertThat(RetryTiming.parseRetryAfter(Optional.of(inTenSeconds)).orElseThrow())
        .isBetween(Duration.ofSeconds(8), Duration.ofSeconds(10));
    assertThat(RetryTiming.parseRetryAfter(Optional.of("soon"))).isEmpty();
    assertThat(RetryTiming.parseRetryAfter(Optional.empty())).isEmpty();
  }
}
