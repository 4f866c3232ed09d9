package io.github.qbanklint.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of qbank-lint, from the build. */
public final class Version {
  private static final String VERSION = read();

  private Version() {}

  public static String current() {
    return VERSION;
  }

  private static String read() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
