package io.github.qbanklint.core;

/** The version of qbank-lint, from the build. */
public final class Version {
  private static final String VERSION =
      BuildProperties.read(Version.class, "version.properties", "version");

  private Version() {}

  public static String current() {
    return VERSION;
  }
}
