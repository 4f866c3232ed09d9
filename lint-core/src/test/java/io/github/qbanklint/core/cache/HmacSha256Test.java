package io.github.qbanklint.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class HmacSha256Test {
  @Test
  void rfc4231TestCases() {
    // Test case 2: a short key; test case 6: a key longer than the block, hashed first.
    assertThat(
            hex(
                new HmacSha256("Jefe".getBytes(StandardCharsets.US_ASCII)),
                "what do ya want for nothing?"))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    byte[] longKey = new byte[131];
    Arrays.fill(longKey, (byte) 0xaa);
    assertThat(
            hex(new HmacSha256(longKey), "Test Using Larger Than Block-Size Key - Hash Key First"))
        .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
  }

  @Test
  void theSameBytesAsTheJdksMacForAnyKeyAndMessage() throws GeneralSecurityException {
    Random random = new Random(20261205);
    for (int i = 0; i < 300; i++) {
      byte[] key = new byte[random.nextInt(200)];
      byte[] first = new byte[random.nextInt(300)];
      byte[] second = new byte[random.nextInt(3)];
      random.nextBytes(key);
      random.nextBytes(first);
      random.nextBytes(second);
      Mac jdk = Mac.getInstance("HmacSHA256");
      jdk.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, "HmacSHA256"));
      jdk.update(first);
      jdk.update(second);
      byte[] expected = jdk.doFinal();

      byte[] mac =
          new HmacSha256(key.length == 0 ? new byte[1] : key)
              .mac(
                  digest -> {
                    digest.update(first);
                    digest.update(second);
                  });

      assertThat(mac).isEqualTo(expected);
    }
  }

  private static String hex(HmacSha256 hmac, String message) {
    return HexFormat.of()
        .formatHex(hmac.mac(d -> d.update(message.getBytes(StandardCharsets.US_ASCII))));
  }
}
