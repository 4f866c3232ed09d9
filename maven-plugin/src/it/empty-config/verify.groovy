def log = new File(basedir, 'build.log').text
// "~" is an empty document: every default, so README.md is linted with the default rules
assert log =~ /\[INFO\] 1 file checked: 0 errors, .*; 2\/2 questions answered/
assert log.contains('BUILD SUCCESS')
assert !log.contains('configuration error')
