def server = System.properties.remove('qbanklint.it.offline-remote.server')
def requests = System.properties.remove('qbanklint.it.offline-remote.requests')
server.stop(0)
def log = new File(basedir, 'build.log').text
assert log.contains('Maven is offline: remote link checks are off.')
assert requests.get('/offline') == null : "the offline build made ${requests.get('/offline')} requests"
assert requests.get('/online')?.get() >= 1 : 'the online build checked its link'
