def log = new File(basedir, 'build.log').text
def config = new File(basedir, '.qbank-lint.yml').canonicalPath
assert log.contains("qbank-lint configuration error: ${config}:3:") : 'the message names the file and line'
assert log.contains("unknown key 'anwsers'")
assert !log.contains('empty-answer')
