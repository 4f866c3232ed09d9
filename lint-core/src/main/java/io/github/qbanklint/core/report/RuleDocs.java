package io.github.qbanklint.core.report;

/** Where a rule's documentation page is published. */
public final class RuleDocs {
  public static final String HOME = "https://github.com/qbanklint/qbank-lint";

  private RuleDocs() {}

  /** The page of {@code docs/rules/<id>.md} in the project's repository. */
  public static String url(String ruleId) {
    return HOME + "/blob/main/docs/rules/" + ruleId + ".md";
  }
}
