def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
// failOn=none: nothing fails the build, so nothing is logged as an error; errors are warnings
// that name their severity.
assert !log.contains('[ERROR]')
assert log =~ /\[WARNING\] README\.md:\d+:\d+ error empty-answer /
assert log =~ /\[WARNING\] README\.md:\d+:\d+ empty-section /
def reports = new File(basedir, 'target/lint-reports')
assert new File(reports, 'qbank-lint.txt').text.contains('empty-answer')
def json = new groovy.json.JsonSlurper().parse(new File(reports, 'qbank-lint.json'))
assert json.findings.any { it.rule == 'empty-answer' && it.path == 'README.md' }
assert json.summary.errors > 0
