import com.sun.net.httpserver.HttpServer
import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.atomic.AtomicInteger

// A local server that counts requests per path. offline.md links to /offline, online.md to
// /online: the offline build (-o) lints offline.md and must not call the server; the online build
// lints online.md and must, which shows the check is not vacuous.
def requests = new ConcurrentHashMap<String, AtomicInteger>()
def server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
server.createContext('/') { exchange ->
  requests.computeIfAbsent(exchange.requestURI.path) { new AtomicInteger() }.incrementAndGet()
  exchange.sendResponseHeaders(200, -1)
  exchange.close()
}
server.start()
System.properties.put('qbanklint.it.offline-remote.server', server)
System.properties.put('qbanklint.it.offline-remote.requests', requests)
for (name in ['offline', 'online']) {
  def url = "http://127.0.0.1:${server.address.port}/${name}"
  new File(basedir, "${name}.md").text = """## 面试题

### 问题1：什么是召回？

见 [召回综述](${url}) 与 <${url}>。
"""
}
true
