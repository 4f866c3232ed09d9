package io.github.qbanklint.core.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a rule is: stable kebab-case id, family, one-line summary, default severity, whether it is
 * on by default, whether it offers fixes, and its options with their defaults.
 */
public record RuleMeta(
    String id,
    String family,
    String summary,
    Severity defaultSeverity,
    boolean enabledByDefault,
    boolean fixable,
    List<String> tags,
    List<OptionSpec> options) {

  private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public RuleMeta {
    if (!KEBAB.matcher(id).matches()) {
      throw new IllegalArgumentException("rule id '" + id + "' is not kebab-case");
    }
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    tags = List.copyOf(tags);
    options = List.copyOf(options);
  }

  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Builds a {@link RuleMeta}; id, family, summary and severity are required. */
  public static final class Builder {
    private final String id;
    private String family;
    private String summary;
    private Severity severity;
    private boolean enabledByDefault = true;
    private boolean fixable;
    private final List<String> tags = new ArrayList<>();
    private final List<OptionSpec> options = new ArrayList<>();

    private Builder(String id) {
      this.id = id;
    }

    public Builder family(String family) {
      this.family = family;
      return this;
    }

    public Builder summary(String summary) {
      this.summary = summary;
      return this;
    }

    public Builder severity(Severity severity) {
      this.severity = severity;
      return this;
    }

    public Builder offByDefault() {
      this.enabledByDefault = false;
      return this;
    }

    public Builder fixable() {
      this.fixable = true;
      return this;
    }

    public Builder tags(String... tags) {
      this.tags.addAll(List.of(tags));
      return this;
    }

    public Builder option(OptionSpec option) {
      this.options.add(option);
      return this;
    }

    public RuleMeta build() {
      return new RuleMeta(id, family, summary, severity, enabledByDefault, fixable, tags, options);
    }
  }
}
