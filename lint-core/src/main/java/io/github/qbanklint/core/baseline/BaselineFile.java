package io.github.qbanklint.core.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * Reads and writes {@code .qbank-lint-baseline.json}: {@code {"version": 1, "findings": [{rule,
 * path, line, message, fingerprint}]}}, sorted by path and line so that diffs stay readable.
 */
public final class BaselineFile {
  public static final int VERSION = 1;
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .setSerializationInclusion(JsonInclude.Include.NON_NULL);

  private BaselineFile() {}

  record Content(Integer version, List<BaselineEntry> findings) {}

  public static Baseline read(Path file) {
    try {
      Content content =
          JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), Content.class);
      if (content == null || content.version() == null || content.version() != VERSION) {
        throw new BaselineException(
            file
                + ": not a qbank-lint baseline of version "
                + VERSION
                + " (recreate it with 'qbank-lint baseline create')",
            null);
      }
      return new Baseline(content.findings() == null ? List.of() : content.findings());
    } catch (JsonProcessingException e) {
      throw new BaselineException(
          file
              + (e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr())
              + ": not valid baseline JSON: "
              + e.getOriginalMessage(),
          e);
    } catch (NoSuchFileException e) {
      throw new BaselineException(
          "no baseline file " + file + " (create it with 'qbank-lint baseline create')", e);
    } catch (IOException e) {
      throw new BaselineException("cannot read the baseline " + file + ": " + e, e);
    }
  }

  public static void write(Path file, Baseline baseline) {
    List<BaselineEntry> sorted =
        baseline.entries().stream()
            .sorted(
                Comparator.comparing(BaselineEntry::path)
                    .thenComparingInt(BaselineEntry::line)
                    .thenComparing(BaselineEntry::rule)
                    .thenComparing(BaselineEntry::fingerprint))
            .toList();
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(
          file,
          JSON.writeValueAsString(new Content(VERSION, sorted)) + "\n",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BaselineException("cannot write the baseline " + file + ": " + e, e);
    }
  }
}
