import com.sun.net.httpserver.HttpServer
import java.util.concurrent.atomic.AtomicInteger

// A local server that counts requests; the bank links to it, and an offline build must not call it.
def requests = new AtomicInteger()
def server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
server.createContext('/') { exchange ->
  requests.incrementAndGet()
  exchange.sendResponseHeaders(200, -1)
  exchange.close()
}
server.start()
System.properties.put('qbanklint.it.offline-remote.server', server)
System.properties.put('qbanklint.it.offline-remote.requests', requests)
def url = "http://127.0.0.1:${server.address.port}/page"
new File(basedir, 'README.md').text = """## 面试题

### 问题1：什么是召回？

见 [召回综述](${url}) 与 <${url}/2>。
"""
true
