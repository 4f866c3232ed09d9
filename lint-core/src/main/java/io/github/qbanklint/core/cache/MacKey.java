package io.github.qbanklint.core.cache;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * The secret that signs cache entries (HMAC-SHA256): 32 random bytes in an owner-only file of the
 * user cache directory, created on first use. A repository cannot know it, so it cannot forge an
 * entry.
 */
final class MacKey {
  private static final int LENGTH = 32;
  static final int MAC_LENGTH = 32;

  private final HmacSha256 key;

  private final HashFunction contentFunction;

  private MacKey(byte[] secret) {
    this.key = new HmacSha256(secret);
    ByteBuffer derived = ByteBuffer.wrap(sign(utf8("content digest")));
    this.contentFunction = Hashing.sipHash24(derived.getLong(), derived.getLong());
  }

  /** The key in {@code file}, created when missing or not a key (a new key voids old entries). */
  static MacKey load(Path file) throws IOException {
    if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == LENGTH) {
      return new MacKey(Files.readAllBytes(file));
    }
    byte[] secret = new byte[LENGTH];
    new SecureRandom().nextBytes(secret);
    Files.deleteIfExists(file);
    if (!PrivateFiles.createNew(file, secret)) {
      return load(file); // another run created it first
    }
    return new MacKey(secret);
  }

  /** A MAC over the fields, each length-prefixed so that no two field lists sign alike. */
  byte[] sign(byte[]... fields) {
    return key.mac(
        digest -> {
          for (byte[] field : fields) {
            int n = field.length;
            digest.update(
                new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
            digest.update(field);
          }
        });
  }

  /**
   * A digest of {@code content} keyed by this secret: SipHash-2-4, a keyed function made so that
   * whoever does not know the key cannot find two inputs that digest alike, at several times the
   * speed of SHA-256 under the launcher's C1-only compiler (which has no SHA intrinsic). A pull
   * request therefore cannot craft bad content that meets a clean file's cached digest.
   */
  byte[] contentDigest(byte[] content) {
    return contentFunction.hashBytes(content).asBytes();
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
