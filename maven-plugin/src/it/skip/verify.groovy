def log = new File(basedir, 'build.log').text
assert log.contains('qbank-lint is skipped.')
assert !log.contains('empty-answer')
assert log.contains('BUILD SUCCESS')
