import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def reports = new File(basedir, 'target/qbank-lint')

// one JSON line per run, in the file the POM names
def lines = new File(basedir, 'history/unanswered.jsonl').readLines()
assert lines.size() == 2
def entry = new JsonSlurper().parseText(lines[1])
assert entry.date == '2025-12-04T00:00:00Z' : 'SOURCE_DATE_EPOCH dates the run'
assert entry.questions == 1 && entry.answered == 0 && entry.emptySections == 1
assert entry.sections*.section == ['公司', '空的']

// links to the forge, at the source lines, from the top of the git work tree (else the module)
def json = new JsonSlurper().parse(new File(reports, 'unanswered.json'))
assert json.generated == '2025-12-04T00:00:00Z'
assert json.emptySections == 1
def question = json.files[0].sections[0].unanswered[0].link
assert question.startsWith('https://example.org/o/r/blob/main/') && question.endsWith('docs/bank.md#L3')
assert json.files[0].emptySections[0].link.endsWith('docs/bank.md#L7')

// the HTML page draws both runs
def html = new File(reports, 'unanswered.html').text
assert html.contains('<title id="history-title">Questions over the last 2 runs</title>')
assert !html.contains('<script')
