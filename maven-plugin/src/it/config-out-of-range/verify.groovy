def log = new File(basedir, 'build.log').text
def config = new File(basedir, '.qbank-lint.yml').canonicalPath
// the whole message, as the CLI prints it, then Maven's own suffix
assert log.contains("qbank-lint configuration error: ${config}:4:12: links.retries: 100000 is not in the range 0 to 10 -> [Help 1]")
