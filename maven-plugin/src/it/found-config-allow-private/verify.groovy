def log = new File(basedir, 'build.log').text
def config = new File(basedir, '.qbank-lint.yml').canonicalPath
assert log.contains("qbank-lint configuration error: ${config}:3:17: links.allowPrivate: a config found in the repository may not turn this on; pass --allow-private to qbank-lint, or set allowPrivate in the Maven plugin's configuration")
assert !log.contains('empty-answer') : 'nothing is linted with a refused config'
