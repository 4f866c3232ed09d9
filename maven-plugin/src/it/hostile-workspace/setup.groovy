import java.nio.file.Files
import java.nio.file.Path

// Beside the project, a sentinel tree that no goal may change; in the project, links out of it, a
// file name and headings with terminal controls, and headings that name an environment variable.
def fixable = '### 问题1：什么是召回？\n\n**召回：**从全量物品中选出候选集。\n'
def dir = basedir.toPath()
Path sentinel = dir.resolveSibling('hostile-workspace-sentinel')
Files.createDirectories(sentinel.resolve('dir'))
Files.writeString(sentinel.resolve('secret.md'), '# Secret\n\n' + fixable)
Files.writeString(sentinel.resolve('dir/inner.md'), fixable)
Files.writeString(sentinel.resolve('cache.json'), '{"not": "a cache"}\n')

Files.writeString(dir.resolve('bank.md'),
    '# Bank \u001b]0;owned\u0007 title\n\n## Topic \u001b[2J\u202e ${env.QBANK_LINT_TEST_SECRET}\n\n' +
    fixable +
    '\n### 问题2：$QBANK_LINT_TEST_SECRET %QBANK_LINT_TEST_SECRET% ${QBANK_LINT_TEST_SECRET}？\n\n' +
    'See [outside](../hostile-workspace-sentinel/secret.md) and [env](env.md).\n\n' +
    '### 问题3：还没有答案？\n')
Files.writeString(dir.resolve('name \u001b[31mred\u0007.md'), '# Red\n\n' + fixable)
Files.createSymbolicLink(dir.resolve('link-out.md'), sentinel.resolve('secret.md'))
Files.createSymbolicLink(dir.resolve('dir-out'), sentinel.resolve('dir'))
Files.createSymbolicLink(dir.resolve('env.md'), Path.of('/proc/self/environ'))
true
