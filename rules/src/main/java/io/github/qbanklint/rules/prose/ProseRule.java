package io.github.qbanklint.rules.prose;

import io.github.qbanklint.core.BuildProperties;
import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.ProjectLinks;
import io.github.qbanklint.core.api.ProseSettings;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Spelling and grammar of answer text through LanguageTool, English or Chinese per paragraph. Off
 * by default. This class names no LanguageTool type: LanguageTool is loaded by {@link
 * LanguageToolChecker} on the first paragraph to check, so a run without this rule loads none of
 * its 74 MB of classes.
 */
public final class ProseRule implements Rule {
  private static final RuleMeta META =
      RuleMeta.builder("prose")
          .family("prose")
          .summary("Spelling and grammar of answer text (LanguageTool, English and Chinese).")
          .severity(Severity.WARNING)
          .offByDefault()
          .tags("prose", "spelling", "grammar")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  /** LanguageTool is an optional dependency: the CLI bundles it, the Maven plugin does not. */
  @Override
  public Optional<String> missingRequirement() {
    boolean present =
        ProseRule.class.getClassLoader().getResource("org/languagetool/JLanguageTool.class")
            != null;
    return present
        ? Optional.empty()
        : Optional.of(
            "LanguageTool is not on the class path. The qbank-lint CLI includes it; for the"
                + " Maven plugin, add org.languagetool:languagetool-core, language-en and"
                + " language-zh (version "
                + BuildProperties.read(ProseRule.class, "languagetool.properties", "version")
                + ") as dependencies of the plugin ("
                + ProjectLinks.BUILD.file("docs/maven-plugin.md")
                + ").");
  }

  @Override
  public void check(DocumentContext context) {
    List<TextRun> runs = AnswerTextExtractor.runs(context.document(), context.bank());
    if (runs.isEmpty()) {
      return;
    }
    ProseSettings settings = context.settings().prose();
    AcceptedWords accepted;
    try {
      accepted = AcceptedWords.of(settings, context.settings().configDirectory());
    } catch (AcceptedWords.UnreadableFile e) {
      context.report(0, 0, e.getMessage());
      return;
    }
    Set<String> disabled = Set.copyOf(settings.disabledRules());
    String text = context.document().text();
    for (TextRun run : runs) {
      for (ProseMatch match : LanguageToolChecker.check(run)) {
        String word = text.substring(match.start(), match.end());
        if (disabled.contains(match.ruleId()) || (match.spelling() && accepted.contains(word))) {
          continue;
        }
        context.report(match.start(), match.end(), message(match, word));
      }
    }
  }

  private static String message(ProseMatch match, String word) {
    StringBuilder out = new StringBuilder(plain(match.message()));
    if (!match.suggestions().isEmpty()) {
      out.append(" Suggestions: ").append(String.join(", ", match.suggestions())).append('.');
    }
    if (match.spelling()) {
      out.append(" If '").append(word).append("' is right, add it to prose.acceptedWords.");
    }
    return out.append(" [").append(match.ruleId()).append(']').toString();
  }

  /** LanguageTool marks suggestions inside messages with tags; show them as quotes. */
  private static String plain(String message) {
    String text = message.replaceAll("</?suggestion>", "'").strip();
    boolean closed =
        !text.isEmpty() && !Character.isLetterOrDigit(text.codePointBefore(text.length()));
    return closed ? text : text + ".";
  }
}
