package io.github.qbanklint.rules.prose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.language.AmericanEnglish;
import org.languagetool.language.Chinese;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.markup.AnnotatedTextBuilder;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * The only class that touches LanguageTool. The JVM loads it, and so LanguageTool, on the first
 * call, which happens only when the prose rule is on and finds text to check; each language's
 * checker is built on first use (seconds, hundreds of MB) and then shared. A {@link JLanguageTool}
 * is not thread-safe, so checks on one language take turns.
 */
final class LanguageToolChecker {
  private static final int MAX_SUGGESTIONS = 3;

  private LanguageToolChecker() {}

  private static final class EnglishTool {
    static final JLanguageTool TOOL = create(AmericanEnglish.getInstance());
  }

  private static final class ChineseTool {
    static final JLanguageTool TOOL = create(Chinese.getInstance());
  }

  static List<ProseMatch> check(TextRun run) {
    JLanguageTool tool =
        run.language() == ProseLanguage.CHINESE ? ChineseTool.TOOL : EnglishTool.TOOL;
    AnnotatedText text = annotated(run);
    List<RuleMatch> matches;
    try {
      synchronized (tool) {
        matches = tool.check(text);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("LanguageTool failed", e);
    }
    List<ProseMatch> result = new ArrayList<>();
    for (RuleMatch m : matches) {
      List<String> suggestions = m.getSuggestedReplacements();
      result.add(
          new ProseMatch(
              run.start() + m.getFromPos(),
              run.start() + m.getToPos(),
              m.getRule().getId(),
              m.getRule() instanceof SpellingCheckRule,
              m.getMessage(),
              suggestions.subList(0, Math.min(MAX_SUGGESTIONS, suggestions.size()))));
    }
    return result;
  }

  private static AnnotatedText annotated(TextRun run) {
    AnnotatedTextBuilder builder = new AnnotatedTextBuilder();
    for (TextRun.Part part : run.parts()) {
      if (part.markup()) {
        builder.addMarkup(part.source(), part.interpretAs());
      } else {
        builder.addText(part.source());
      }
    }
    return builder.build();
  }

  private static JLanguageTool create(Language language) {
    return new JLanguageTool(language);
  }
}
