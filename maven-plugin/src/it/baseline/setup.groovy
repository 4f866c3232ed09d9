import io.github.qbanklint.core.baseline.Baseline
import io.github.qbanklint.core.baseline.BaselineFile
import io.github.qbanklint.core.config.ConfigLoader
import io.github.qbanklint.core.engine.LintEngine
import io.github.qbanklint.core.engine.LintRequest
import io.github.qbanklint.core.engine.RuleRegistry

// Record today's debt (问题1 unanswered) in a baseline, as 'qbank-lint baseline create' would...
def dir = basedir.toPath()
def result = new LintEngine(RuleRegistry.load())
    .run(new LintRequest([dir], dir, ConfigLoader.loadFor(dir), 1))
assert result.findings()*.ruleId() == ['empty-answer']
BaselineFile.write(dir.resolve('.qbank-lint-baseline.json'), Baseline.of(result, dir))
// ...then add a new unanswered question, which the baseline does not cover.
new File(basedir, 'bank.md') << '\n### 问题3：什么是重排？\n\n待补充\n'
true
