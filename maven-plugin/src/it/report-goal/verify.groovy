def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
// Parameters given as user properties, lists comma-separated. report never fails on findings,
// so it logs none as an error.
assert log =~ /\[WARNING\] docs\/bank\.md:3:1 error empty-answer /
assert log =~ /\[WARNING\] docs\/other\.md:3:1 error empty-answer /
assert !log.contains('[ERROR]')
assert !log.contains('skipped.md') : 'includes limits the files'
assert !log.contains('notes.md') : 'sourceDirectories limits the directories'
def reports = new File(basedir, 'target/qbank-lint')
assert (reports.list() as List).sort() == ['qbank-lint.json', 'unanswered.html', 'unanswered.json', 'unanswered.md']
def unanswered = new groovy.json.JsonSlurper().parse(new File(reports, 'unanswered.json'))
assert unanswered.total.questions == 2 && unanswered.total.unanswered == 2
