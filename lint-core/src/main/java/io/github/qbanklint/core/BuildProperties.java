package io.github.qbanklint.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Values the build wrote into a filtered properties resource (versions, mostly). */
public final class BuildProperties {
  private BuildProperties() {}

  /** {@code key} of the resource {@code name} next to {@code owner}, or {@code "unknown"}. */
  public static String read(Class<?> owner, String name, String key) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty(key, "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
