def log = new File(basedir, 'build.log').text
def emptyAnswers = log.readLines().findAll { it ==~ /\[ERROR\] README\.md:\d+:\d+ empty-answer .+/ }
assert emptyAnswers.size() >= 5 : "expected the example bank's empty answers in the log, found ${emptyAnswers.size()}"
assert log =~ /qbank-lint found \d+ problems? at or above failOn=error/
assert log.contains('1 file checked: ')
