package io.github.qbanklint.core.cache;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * HMAC-SHA256 (RFC 2104) built on {@link MessageDigest}. {@code javax.crypto.Mac} gives the same
 * bytes (HmacSha256Test compares them), but its first use initialises the JCE framework and reads
 * its policy files, some 20 ms of every run that opens the cache, on the run's main thread.
 */
final class HmacSha256 {
  private static final int BLOCK = 64;

  private final byte[] innerPad = new byte[BLOCK];
  private final byte[] outerPad = new byte[BLOCK];

  HmacSha256(byte[] key) {
    byte[] block = Arrays.copyOf(key.length > BLOCK ? Hashes.sha256(key) : key, BLOCK);
    for (int i = 0; i < BLOCK; i++) {
      innerPad[i] = (byte) (block[i] ^ 0x36);
      outerPad[i] = (byte) (block[i] ^ 0x5c);
    }
  }

  /** The MAC of the bytes {@code message} writes to the digest it is given. */
  byte[] mac(Consumer<MessageDigest> message) {
    MessageDigest inner = Hashes.sha256();
    inner.update(innerPad);
    message.accept(inner);
    MessageDigest outer = Hashes.sha256();
    outer.update(outerPad);
    outer.update(inner.digest());
    return outer.digest();
  }
}
