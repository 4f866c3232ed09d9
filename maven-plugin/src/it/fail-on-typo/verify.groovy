def log = new File(basedir, 'build.log').text
assert log.contains("failOn must be one of error, warning, info, none, not 'warn'; did you mean 'warning'?")
