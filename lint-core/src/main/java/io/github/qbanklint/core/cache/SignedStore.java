package io.github.qbanklint.core.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A file of signed entries: a header naming what it holds ({@code kind}), the build that wrote it
 * and the context its entries are valid in (a configuration), then entries, each with its own MAC
 * over the header fields and the entry. A file that is not one of ours, truncated, from another
 * build, or with an entry whose MAC does not verify, is reported as a note and read as empty (a bad
 * entry alone is dropped).
 */
final class SignedStore {
  private static final byte[] MAGIC = MacKey.utf8("qbank-lint cache\n");
  private static final int FORMAT = 1;

  private final MacKey key;
  private final String kind;
  private final String build;
  private final long maxBytes;

  /**
   * The MACs of the entries read and verified, by identity, and their context: writing an entry
   * back unchanged does not sign it again (signing is most of the cost of writing).
   */
  private final Map<CacheEntry, byte[]> verified = new IdentityHashMap<>();

  private String verifiedContext = "";

  SignedStore(MacKey key, String kind, String build, long maxBytes) {
    this.key = key;
    this.kind = kind;
    this.build = build;
    this.maxBytes = maxBytes;
  }

  /** The entries in {@code file} valid in {@code context}; another context is silently empty. */
  CacheContents read(Path file, String context) {
    verified.clear();
    verifiedContext = context;
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return CacheContents.empty();
    }
    try {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        return CacheContents.ignored("it is not a regular file");
      }
      if (Files.size(file) > maxBytes) {
        return CacheContents.ignored("it is larger than its bound of " + maxBytes + " bytes");
      }
      return parse(Files.readAllBytes(file), context);
    } catch (EOFException e) {
      return CacheContents.ignored("it is truncated");
    } catch (IOException e) {
      return CacheContents.ignored("it cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  private CacheContents parse(byte[] bytes, String context) throws IOException {
    DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes));
    byte[] magic = new byte[MAGIC.length];
    in.readFully(magic);
    if (!Arrays.equals(magic, MAGIC) || in.readInt() != FORMAT || !kind.equals(in.readUTF())) {
      return CacheContents.ignored("it is not a qbank-lint " + kind + " cache of this format");
    }
    if (!build.equals(in.readUTF())) {
      return CacheContents.ignored("another build of qbank-lint wrote it");
    }
    if (!context.equals(in.readUTF())) {
      return CacheContents.empty();
    }
    int count = in.readInt();
    // Lists that grow as entries are read: a corrupt count must not allocate.
    List<CacheEntry> read = new ArrayList<>();
    List<byte[]> macs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      read.add(
          new CacheEntry(
              new String(field(in), java.nio.charset.StandardCharsets.UTF_8),
              field(in),
              field(in)));
      byte[] mac = new byte[MacKey.MAC_LENGTH];
      in.readFully(mac);
      macs.add(mac);
    }
    // Verified on every core: digesting every payload is most of opening a large cache, and the
    // run waits for it before checking any file.
    boolean[] valid = new boolean[read.size()];
    IntStream.range(0, valid.length)
        .parallel()
        .forEach(i -> valid[i] = MessageDigest.isEqual(macs.get(i), mac(context, read.get(i))));
    Map<String, CacheEntry> entries = new LinkedHashMap<>();
    int unsigned = 0;
    for (int i = 0; i < valid.length; i++) {
      if (valid[i]) {
        entries.put(read.get(i).name(), read.get(i));
        verified.put(read.get(i), macs.get(i));
      } else {
        unsigned++;
      }
    }
    if (in.read() != -1) {
      return CacheContents.ignored("it has data after its last entry");
    }
    return new CacheContents(
        entries,
        unsigned == 0
            ? Optional.empty()
            : Optional.of(unsigned + " of its entries are not signed with this user's key"));
  }

  /** A length-prefixed field no longer than what is left (a corrupt length never allocates). */
  private static byte[] field(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > in.available()) {
      throw new EOFException();
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return bytes;
  }

  /** Replaces {@code file} with {@code entries}, signed, atomically. */
  void write(Path file, String context, Collection<CacheEntry> entries) throws IOException {
    // Sized to fit: a result cache of tens of megabytes grown by doubling was copied twice over.
    long size = headerSize(context);
    for (CacheEntry entry : entries) {
      size += entrySize(entry);
    }
    ByteArrayOutputStream buffer =
        new ByteArrayOutputStream((int) Math.min(size, Integer.MAX_VALUE - 8));
    DataOutputStream out = new DataOutputStream(buffer);
    out.write(MAGIC);
    out.writeInt(FORMAT);
    out.writeUTF(kind);
    out.writeUTF(build);
    out.writeUTF(context);
    out.writeInt(entries.size());
    for (CacheEntry entry : entries) {
      writeField(out, MacKey.utf8(entry.name()));
      writeField(out, entry.digest());
      writeField(out, entry.payload());
      byte[] mac = context.equals(verifiedContext) ? verified.get(entry) : null;
      out.write(mac != null ? mac : mac(context, entry));
    }
    out.flush();
    PrivateFiles.replace(file, buffer);
  }

  byte[] contentDigest(byte[] content) {
    return key.contentDigest(content);
  }

  long maxBytes() {
    return maxBytes;
  }

  /** The bytes {@link #write} takes for the header, at most (UTF-8 at 3 bytes a character). */
  long headerSize(String context) {
    return MAGIC.length
        + 3L * Integer.BYTES
        + 3L * (kind.length() + build.length() + context.length())
        + 6;
  }

  /** The bytes {@link #write} takes for {@code entry}. */
  static long entrySize(CacheEntry entry) {
    return 3L * Integer.BYTES
        + MacKey.utf8(entry.name()).length
        + entry.digest().length
        + entry.payload().length
        + MacKey.MAC_LENGTH;
  }

  private static void writeField(DataOutputStream out, byte[] field) throws IOException {
    out.writeInt(field.length);
    out.write(field);
  }

  /**
   * The entry's MAC. The payload enters as its keyed digest (see {@link MacKey#contentDigest}):
   * without the key no other payload can be made to digest alike, and the digest runs several times
   * faster than HMAC-SHA256 under the launcher's C1-only compiler, on every entry of every run that
   * reads or writes the cache.
   */
  private byte[] mac(String context, CacheEntry entry) {
    return key.sign(
        MacKey.utf8(kind),
        MacKey.utf8(build),
        MacKey.utf8(context),
        MacKey.utf8(entry.name()),
        entry.digest(),
        key.contentDigest(entry.payload()));
  }
}
