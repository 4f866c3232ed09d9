def log = new File(basedir, 'build.log').text
assert log.contains('qbank-lint: fixed 1 problem in 1 file; 0 findings left.')
assert log.contains('BUILD SUCCESS')
// The fix moves the colon out of the emphasis; the CRLF line endings stay.
assert new File(basedir, 'bank.md').text ==
    '## 面试题\r\n\r\n### 问题1：什么是召回？\r\n\r\n**召回**：从全量物品中选出候选集。\r\n'
assert !log.contains('broken-emphasis') : 'nothing is left to report'
