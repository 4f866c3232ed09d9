package io.github.qbanklint.core.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The commented default {@code .qbank-lint.yml} that {@code init} writes. */
public final class ConfigTemplate {
  private ConfigTemplate() {}

  public static String text() {
    try (InputStream in = ConfigTemplate.class.getResourceAsStream("default-config.yml")) {
      if (in == null) {
        throw new IllegalStateException("default-config.yml is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
