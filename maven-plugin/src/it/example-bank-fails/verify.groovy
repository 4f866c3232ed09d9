import io.github.qbanklint.core.config.ConfigLoader
import io.github.qbanklint.core.engine.LintEngine
import io.github.qbanklint.core.engine.LintRequest
import io.github.qbanklint.core.engine.RuleRegistry

def log = new File(basedir, 'build.log').text
def logged = log.readLines()
    .findAll { it ==~ /\[ERROR\] README\.md:\d+:\d+ empty-answer .+/ }
    .collect { it.substring('[ERROR] '.length()) }
// Every empty answer the engine finds in the bank is listed in Maven's log, and nothing else.
def dir = basedir.toPath()
def expected = new LintEngine(RuleRegistry.load())
    .run(new LintRequest([dir], dir, ConfigLoader.loadFor(dir), 1))
    .findings()
    .findAll { it.ruleId() == 'empty-answer' }
    .collect { "${it.path()}:${it.line()}:${it.column()} empty-answer ${it.message()}".toString() }
assert expected.size() > 50 : "the example bank has its empty answers (${expected.size()})"
assert logged == expected
assert log =~ /qbank-lint found \d+ problems at or above failOn=error/
