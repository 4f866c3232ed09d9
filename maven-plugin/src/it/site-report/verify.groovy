def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('[ERROR]') : 'the site report never fails and logs nothing as an error'

// Doxia writes non-ASCII text as character references; read the pages as a browser shows them.
def page = { String name ->
  new File(basedir, 'target/site/' + name).getText('UTF-8')
      .replaceAll(/&#x([0-9a-fA-F]+);/) { all, hex -> new String(Character.toChars(Integer.parseInt(hex, 16))) }
}

def findings = page('qbank-lint.html')
// Framed by the site's skin and menu, as any report of mvn site.
assert findings.contains('Rendered using Apache Maven Fluido Skin')
assert findings.contains('<li class="active"><a>qbank-lint</a></li>')
assert findings.contains('<h1>qbank-lint</h1>')
assert findings.contains('1 file checked: 2 errors, 1 warning, 0 info; 2/3 questions answered')
assert findings.contains('<h2>Findings by rule</h2>')
assert findings =~ /docs\/rules\/empty-answer\.md">empty-answer<\/a><\/td>\s*<td>error<\/td>\s*<td>1<\/td>/
assert findings =~ /broken-link<\/a><\/td>\s*<td>error<\/td>\s*<td>1<\/td>/
assert findings =~ /question-numbering<\/a><\/td>\s*<td>warning<\/td>\s*<td>1<\/td>/
assert findings.contains('<h2>Findings by file</h2>')
assert findings =~ /<td>bank\.md<\/td>\s*<td>2<\/td>\s*<td>1<\/td>\s*<td>0<\/td>/
assert findings =~ /<td>bank\.md<\/td>\s*<td>9<\/td>\s*<td>1<\/td>\s*<td>error<\/td>\s*<td>empty-answer<\/td>\s*<td>'问题2：什么是排序？' has no answer/
assert findings.contains('<a href="qbank-lint-unanswered.html">Unanswered questions</a>')

def unanswered = page('qbank-lint-unanswered.html')
assert unanswered.contains('Rendered using Apache Maven Fluido Skin')
assert unanswered.contains('<h1>Unanswered questions</h1>')
assert unanswered.contains('1 of 3 questions unanswered; 2 answered (66.7%), 1 of them thin.')
assert unanswered.contains('<h2>bank.md: 2/3 answered (66.7%), 1 unanswered</h2>')
assert unanswered.contains('<h3>推荐: 1/2 answered (50%), 1 unanswered</h3>')
assert unanswered.contains('<li>line 9: 问题2：什么是排序？</li>')
assert unanswered =~ /Thin answers:<\/p>\s*<ul>\s*<li>line 13: 问题4：CLIP 的框架？<\/li>/
assert !unanswered.contains('什么是召回') : 'answered questions are not listed'

assert page('project-reports.html').contains('href="qbank-lint.html"')
