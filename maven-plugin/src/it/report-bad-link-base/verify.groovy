def log = new File(basedir, 'build.log').text
assert log.contains('qbank-lint: linkBase must not hold a user name or password: the links are published in the report')
assert !log.contains('secret-token') : 'the credentials are never repeated'
assert !log.contains('empty-answer') : 'nothing is linted'
assert !new File(basedir, 'target/qbank-lint').exists()
