def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log =~ /\[ERROR\] README\.md:\d+:\d+ empty-answer /
def reports = new File(basedir, 'target/lint-reports')
assert new File(reports, 'qbank-lint.txt').text.contains('empty-answer')
def json = new groovy.json.JsonSlurper().parse(new File(reports, 'qbank-lint.json'))
assert json.findings.any { it.rule == 'empty-answer' && it.path == 'README.md' }
assert json.summary.errors > 0
