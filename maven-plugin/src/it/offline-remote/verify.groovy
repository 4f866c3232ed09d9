def server = System.properties.remove('qbanklint.it.offline-remote.server')
def requests = System.properties.remove('qbanklint.it.offline-remote.requests')
server.stop(0)
def log = new File(basedir, 'build.log').text
assert log.contains('Maven is offline: remote link checks are off.')
assert log.contains('BUILD SUCCESS')
assert requests.get() == 0 : "the offline build made ${requests.get()} requests"
