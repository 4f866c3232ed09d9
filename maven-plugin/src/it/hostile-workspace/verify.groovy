import java.nio.file.Files
import java.security.MessageDigest

def log = new File(basedir, 'build.log').getText('UTF-8')
def secret = 'qbank-lint-secret-7f3a9c'

// The three goals ran, and ended as invoker.properties says (checked by the invoker itself).
assert log.contains('qbank-lint found') : 'check failed on the unanswered question'
assert log =~ /qbank-lint: fixed \d+ problems? in \d+ files?; refused 3 files/
assert log.contains('qbank-lint fixed every other file but did not write 3 files:')
['link-out.md', 'dir-out', 'env.md'].each { link ->
  assert log.contains("  ${link}: symbolic link points outside the workspace") : link
}
assert log.contains('BUILD SUCCESS') : 'report ran and did not fail on findings'

// Nothing raw reaches the console: controls show as escapes, the secret never appears.
assert !log.contains('\u001b') : 'raw ESC in build.log'
assert !log.contains('\u0007') : 'raw BEL in build.log'
assert !log.contains('\u202e') : 'raw RLO in build.log'
assert log.contains('\\e[31m') : 'the file name is shown with its controls escaped'
assert !log.contains(secret) : 'the value of an environment variable reached the log'

// Links out of the workspace are reported, not followed.
assert log =~ /outside-workspace symbolic link/

// The sentinel tree beside the project is unchanged, byte for byte.
def sentinel = basedir.toPath().resolveSibling('hostile-workspace-sentinel')
def fixable = '### 问题1：什么是召回？\n\n**召回：**从全量物品中选出候选集。\n'
assert new String(Files.readAllBytes(sentinel.resolve('secret.md')), 'UTF-8') == '# Secret\n\n' + fixable
assert new String(Files.readAllBytes(sentinel.resolve('dir/inner.md')), 'UTF-8') == fixable
assert new String(Files.readAllBytes(sentinel.resolve('cache.json')), 'UTF-8') == '{"not": "a cache"}\n'
assert Files.list(sentinel).count() == 3
assert Files.isSymbolicLink(basedir.toPath().resolve('link-out.md'))

// Inside the workspace, fix did its work.
assert new File(basedir, 'bank.md').getText('UTF-8').contains('**召回**：')
