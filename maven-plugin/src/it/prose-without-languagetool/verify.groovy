def log = new File(basedir, 'build.log').text
def config = new File(basedir, '.qbank-lint.yml').canonicalPath
assert log.contains("qbank-lint configuration error: ${config}:3:") : 'the message names the file and line'
assert log.contains('rule prose is enabled but cannot run: LanguageTool is not on the class path')
assert log.contains('languagetool-core, language-en and language-zh (version 6.8)')
