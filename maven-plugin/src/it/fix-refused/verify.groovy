import java.nio.file.Files

def log = new File(basedir, 'build.log').text
def dir = basedir.toPath()
def original = '## 面试题\r\n\r\n### 问题1：什么是召回？\r\n\r\n**召回：**从全量物品中选出候选集。\r\n'
def fixed = '## 面试题\r\n\r\n### 问题1：什么是召回？\r\n\r\n**召回**：从全量物品中选出候选集。\r\n'

// The file after the two refused ones is still fixed...
assert new File(basedir, 'c-good.md').text == fixed
assert log.contains('qbank-lint: fixed 1 problem in 1 file; refused 2 files; 2 findings left.')
// ...the refused ones are left as they were...
assert new File(basedir, 'a-linked.md').text == original
assert Files.getAttribute(dir.resolve('a-linked.md'), 'unix:nlink') == 2
assert new File(basedir, 'b-read-only.md').text == original
// ...and the build fails naming each with its reason.
assert log.contains('qbank-lint fixed every other file but did not write 2 files:')
assert log.contains('  a-linked.md: it has 2 hard links, and the rewrite would split them')
assert log.contains('  b-read-only.md: it is read-only (mode r--r--r--); make it writable (chmod u+w) to fix it')
assert log.contains('BUILD FAILURE')
