def log = new File(basedir, 'build.log').text
def cache = new File(basedir, '../cache-reuse-cache/results.bin').canonicalFile
assert cache.isFile() : "no cache at $cache"
assert !cache.toPath().startsWith(basedir.canonicalFile.toPath())
assert log.contains("[INFO] qbank-lint: results of 0 of 1 files reused from the cache $cache")
assert log.contains("[INFO] qbank-lint: results of 1 of 1 files reused from the cache $cache")
def summaries = log.readLines().findAll { it =~ /\[INFO\] 1 file checked: / }
assert summaries.size() == 2 && summaries[0] == summaries[1] : summaries
assert log.contains('BUILD SUCCESS')
assert !log.contains('[WARNING]')
