def lines = new File(basedir, 'build.log').readLines()
// failOn=none: the errors are logged as warnings that name their severity.
def findings = lines.findAll { it.contains(' empty-answer ') }.collect { it.replaceFirst(/^.*\[WARNING\] /, '') }
// Each module reports its own file once; the parent does not lint its modules' files again.
assert findings.count { it.startsWith('README.md:3:1 error empty-answer') } == 1 : findings
assert findings.count { it.startsWith('module-a/README.md:3:1 error empty-answer') } == 1 : findings
assert findings.count { it.startsWith('module-b/README.md:3:1 error empty-answer') } == 1 : findings
assert findings.size() == 3 : findings
assert lines.count { it.contains('1 file checked: 1 error, 0 warnings, 0 info; 0/1 questions answered') } == 3
assert !lines.any { it.contains('@threadSafe') }
