import groovy.json.JsonSlurper

// Every report file is written, and each tells the same totals as the console.
def log = new File(basedir, 'build.log').text
def reports = new File(basedir, 'target/digest-lint')
def summary = (log =~ /\[INFO\] (\d+) errors and (\d+) warnings in (\d+) of 5 posts/)
assert summary.find()
def errors = summary.group(1) as int
def warnings = summary.group(2) as int

def json = new JsonSlurper().parse(new File(reports, 'digest-lint.json'))
assert json.summary.errors == errors
assert json.summary.warnings == warnings

def sarif = new JsonSlurper().parse(new File(reports, 'digest-lint.sarif'))
assert sarif.version == '2.1.0'
def results = sarif.runs[0].results
assert results.size() == errors + warnings
assert results.every { !it.locations[0].physicalLocation.artifactLocation.uri.startsWith('/') }
assert results.every { !it.locations[0].physicalLocation.artifactLocation.uri.startsWith('file:') }

def checkstyle = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new File(reports, 'checkstyle-result.xml'))
assert checkstyle.getElementsByTagName('error').length == errors + warnings

def html = new File(reports, 'index.html').getText('UTF-8')
assert html.contains('<html')
assert !(html =~ /(src|href)="https?:/)
// The page names the goal that repairs what the log says is fixable.
def fixable = (log =~ /\[INFO\] (\d+) of these can be repaired automatically: run mvn digest-lint:fix/)
assert fixable.find()
assert html.contains(fixable.group(1) + ' of these findings can be repaired automatically: run <code>mvn digest-lint:fix</code>.')
assert !log.contains('\tat ')
