package io.github.qbanklint.rules;

import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleProvider;
import io.github.qbanklint.rules.answers.DuplicateQuestionRule;
import io.github.qbanklint.rules.answers.EmptyAnswerRule;
import io.github.qbanklint.rules.answers.EmptySectionRule;
import io.github.qbanklint.rules.answers.NoQuestionsRecognisedRule;
import io.github.qbanklint.rules.answers.ThinAnswerRule;
import io.github.qbanklint.rules.file.FileEncodingRule;
import io.github.qbanklint.rules.file.MergeConflictMarkerRule;
import io.github.qbanklint.rules.file.OutsideWorkspaceRule;
import io.github.qbanklint.rules.file.TooLongToCheckRule;
import io.github.qbanklint.rules.file.UnknownSuppressionRule;
import io.github.qbanklint.rules.links.BrokenAnchorRule;
import io.github.qbanklint.rules.links.BrokenImageRule;
import io.github.qbanklint.rules.links.BrokenLinkRule;
import io.github.qbanklint.rules.links.DeadRemoteLinkRule;
import io.github.qbanklint.rules.math.MathDelimitersRule;
import io.github.qbanklint.rules.math.MathMarkdownConflictRule;
import io.github.qbanklint.rules.math.MathSuspiciousRule;
import io.github.qbanklint.rules.math.MathSyntaxRule;
import io.github.qbanklint.rules.math.MathUnknownCommandRule;
import io.github.qbanklint.rules.prose.ProseRule;
import io.github.qbanklint.rules.structure.BrokenEmphasisRule;
import io.github.qbanklint.rules.structure.DeclaredCountRule;
import io.github.qbanklint.rules.structure.HeadingIncrementRule;
import io.github.qbanklint.rules.structure.HtmlBlockRunOnRule;
import io.github.qbanklint.rules.structure.QuestionNumberingRule;
import io.github.qbanklint.rules.structure.SectionNumberingRule;
import io.github.qbanklint.rules.toc.TocMissingEntryRule;
import io.github.qbanklint.rules.toc.TocOrderRule;
import io.github.qbanklint.rules.toc.TocOrphanEntryRule;
import io.github.qbanklint.rules.toc.TocTextMismatchRule;
import java.util.List;

/** The one list of built-in rules. Each family keeps its rules in its own package. */
public final class BuiltInRules implements RuleProvider {

  @Override
  public List<Rule> rules() {
    return List.of(
        // answers
        new EmptyAnswerRule(),
        new EmptySectionRule(),
        new NoQuestionsRecognisedRule(),
        new ThinAnswerRule(),
        new DuplicateQuestionRule(),
        // structure
        new QuestionNumberingRule(),
        new SectionNumberingRule(),
        new DeclaredCountRule(),
        new HeadingIncrementRule(),
        new BrokenEmphasisRule(),
        new HtmlBlockRunOnRule(),
        // toc
        new TocMissingEntryRule(),
        new TocOrphanEntryRule(),
        new TocTextMismatchRule(),
        new TocOrderRule(),
        // links
        new BrokenLinkRule(),
        new BrokenImageRule(),
        new BrokenAnchorRule(),
        new DeadRemoteLinkRule(),
        // math
        new MathDelimitersRule(),
        new MathSyntaxRule(),
        new MathUnknownCommandRule(),
        new MathMarkdownConflictRule(),
        new MathSuspiciousRule(),
        // prose
        new ProseRule(),
        // file
        new FileEncodingRule(),
        new MergeConflictMarkerRule(),
        new TooLongToCheckRule(),
        new OutsideWorkspaceRule(),
        new UnknownSuppressionRule());
  }
}
