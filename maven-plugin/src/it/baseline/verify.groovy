def log = new File(basedir, 'build.log').text
assert log.contains('1 finding baselined by .qbank-lint-baseline.json')
assert log =~ /\[ERROR\] bank\.md:11:1 empty-answer '问题3：什么是重排？' /
assert !(log =~ /empty-answer '问题1/) : 'the baselined finding is not reported'
assert log.contains('qbank-lint found 1 problem at or above failOn=error')
