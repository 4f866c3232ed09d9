package io.github.qbanklint.core.api;

import io.github.qbanklint.core.BuildProperties;
import java.util.Optional;

/**
 * Where the project's documents are published: the one place that knows the project's public URL
 * (the build property {@code qbank-lint.projectUrl}). Rule pages, the configuration reference and
 * the config schema are that URL plus their path in the repository; until the URL is set, links are
 * those paths, relative to a checkout of qbank-lint, so no link names a host that may not be the
 * project's.
 *
 * @param base the URL under which the repository's files are served, without a trailing slash
 */
public record ProjectLinks(Optional<String> base) {
  /** The links of this build. */
  public static final ProjectLinks BUILD =
      of(
          BuildProperties.read(
              ProjectLinks.class, "/io/github/qbanklint/core/version.properties", "projectUrl"));

  public static final String SCHEMA_PATH = "docs/qbank-lint.schema.json";

  /** From a build property: blank, unset or unfiltered means no URL. */
  static ProjectLinks of(String url) {
    String trimmed = url.strip();
    boolean set = !trimmed.isEmpty() && !trimmed.equals("unknown") && !trimmed.startsWith("${");
    return new ProjectLinks(set ? Optional.of(trimmed.replaceAll("/+$", "")) : Optional.empty());
  }

  /** A file of the repository: {@code docs/ci.md}. */
  public String file(String path) {
    return base.map(url -> url + "/" + path).orElse(path);
  }

  public String rule(String ruleId) {
    return file("docs/rules/" + ruleId + ".md");
  }

  public String schema() {
    return file(SCHEMA_PATH);
  }

  /** True when the links are absolute URLs (what SARIF requires of its URIs). */
  public boolean absolute() {
    return base.isPresent();
  }
}
