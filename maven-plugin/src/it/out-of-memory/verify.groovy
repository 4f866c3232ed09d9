def log = new File(basedir, 'build.log').text
assert log.contains('qbank-lint: internal error: out of memory: give Maven more heap (MAVEN_OPTS=-Xmx2g)') :
    'the build fails with one line that names the cause and the remedy'
assert !log.contains('java.lang.OutOfMemoryError') : 'no trace of the error itself'
