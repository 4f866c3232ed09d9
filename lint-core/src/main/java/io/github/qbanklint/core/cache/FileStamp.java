package io.github.qbanklint.core.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What the file system says about a file without reading it: size, modification and change time,
 * device and inode, as git's index and ESLint's metadata cache use them. A file whose stamp is the
 * one stored with its result has not been written since, so its bytes need not be read and hashed
 * again. The change time cannot be set by a user (a copy that keeps the modification time still
 * changes it), and a stamp is only taken when both times are older than {@link #SETTLED}, so that a
 * write in the same clock tick as the stamp cannot go unseen (git's "racily clean" entries). Only
 * regular files on file systems with the {@code unix} attribute view have a stamp; symbolic links
 * never do.
 */
public final class FileStamp {
  /** How old the last write must be for a stamp to be trusted: longer than any file-time tick. */
  public static final Duration SETTLED = Duration.ofSeconds(3);

  private static final String ATTRIBUTES = "unix:size,lastModifiedTime,ctime,dev,ino,isRegularFile";

  private FileStamp() {}

  /** The stamp of {@code file} at {@code now} as bytes, or empty when it must be read. */
  public static Optional<byte[]> of(Path file, Instant now) {
    Map<String, Object> attributes;
    try {
      attributes = Files.readAttributes(file, ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return Optional.empty();
    }
    if (!Boolean.TRUE.equals(attributes.get("isRegularFile"))) {
      return Optional.empty();
    }
    FileTime modified = (FileTime) attributes.get("lastModifiedTime");
    FileTime changed = (FileTime) attributes.get("ctime");
    Instant settled = now.minus(SETTLED);
    if (!modified.toInstant().isBefore(settled) || !changed.toInstant().isBefore(settled)) {
      return Optional.empty();
    }
    return Optional.of(
        ByteBuffer.allocate(5 * Long.BYTES)
            .putLong((Long) attributes.get("size"))
            .putLong(nanos(modified))
            .putLong(nanos(changed))
            .putLong((Long) attributes.get("dev"))
            .putLong((Long) attributes.get("ino"))
            .array());
  }

  private static long nanos(FileTime time) {
    Instant instant = time.toInstant();
    return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
  }
}
