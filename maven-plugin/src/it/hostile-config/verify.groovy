def log = new File(basedir, 'build.log').getText('UTF-8')
// Each goal stops on the config before reading a bank: the found config may not allow private
// addresses nor put the cache outside its directory.
def refusals = log.readLines().findAll { it.contains('qbank-lint configuration error:') && it.contains('.qbank-lint.yml') }
assert refusals.size() >= 3 : refusals
assert log.contains('allowPrivate')
assert !log.contains('empty-answer') && !log.contains('broken-emphasis') : 'nothing was linted'
assert !new File(basedir, '../x').exists() : 'no cache was written outside the workspace'
assert new File(basedir, 'bank.md').getText('UTF-8').contains('**召回：**') : 'fix changed nothing'
