// Adopting digest-lint on the five posts: the baseline holds every finding, the check against it passes,
// and a new defect fails the check with that one finding, while the lines below it moved up.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.size() == 3
def (baseline, check, checkWithNewDefect) = runs.collect { it.readLines() }
def findingLines = { List<String> lines -> lines.findAll { it ==~ /\[(ERROR|WARNING)\] _posts\/.*/ } }

// 1. digest-lint:baseline writes every finding, sorted, with what a person needs to read its diff.
def file = new JsonSlurper().parse(new File(basedir, '.digest-lint-baseline.json'), 'UTF-8')
assert file.formatVersion == 1
assert file.findings.size() == 49
assert file.findings[0].subMap(['path', 'line', 'rule']) ==
        [path: '_posts/2025-09-07-daily-papers.md', line: 3, rule: 'title-quotes']
assert file.findings.every { it.fingerprint ==~ /[0-9a-f]{64}/ }
assert baseline.contains('[INFO] wrote 49 findings in 5 of 5 posts to the baseline .digest-lint-baseline.json;'
        + ' commit it, and check will report only findings that are not in it')
assert findingLines(baseline).isEmpty()
assert baseline.contains('[INFO] BUILD SUCCESS')

// 2. digest-lint:check reads it by default, reports nothing and says how many findings it kept quiet.
assert findingLines(check).isEmpty()
assert check.contains('[INFO] 49 findings are in the baseline .digest-lint-baseline.json and not reported')
assert check.contains('[INFO] 0 errors and 0 warnings in 0 of 5 posts')
assert check.contains('[INFO] BUILD SUCCESS')

// 3. Entry 2 of a post loses its Alphaxiv line: exactly that finding fails the build. The baselined findings
// below it moved up two lines and still match; the posts replayed from the incremental index match too.
assert findingLines(checkWithNewDefect) == ["[ERROR] _posts/2025-12-22-daily-papers.md:33:1: error: entry 2 has no"
        + " Alphaxiv line; add '> [Alphaxiv](https://www.alphaxiv.org/ko/overview/2512.14870)' after its heading"
        + " [alphaxiv-link]"]
assert checkWithNewDefect.contains('[INFO] 49 findings are in the baseline .digest-lint-baseline.json and not reported')
assert checkWithNewDefect.contains('[INFO] 1 error and 0 warnings in 1 of 5 posts')
assert checkWithNewDefect.contains('[INFO] parsed 1 of 5 posts (4 unchanged, replayed from the incremental index)')
assert !checkWithNewDefect.any { it.contains('no longer occur') }
assert checkWithNewDefect.any { it.contains('digest-lint found 1 error and 0 warnings in 1 of 5 posts') }
assert checkWithNewDefect.contains('[INFO] BUILD FAILURE')

// 4. The report files still hold every finding, the baselined ones marked as such.
def json = new JsonSlurper().parse(new File(basedir, 'target/digest-lint/digest-lint.json'), 'UTF-8')
assert json.summary.errors == 1 && json.summary.warnings == 0
assert json.summary.baselined == 49 && json.summary.baselineEntriesGone == 0
assert json.findings.size() == 50
// Report files name posts from the repository's root, which holds the IT's folder.
assert json.findings.findAll { !it.baselined }.collect { [it.path - ~/^.*(?=_posts\/)/, it.line, it.rule] } ==
        [['_posts/2025-12-22-daily-papers.md', 33, 'alphaxiv-link']]

def sarif = new JsonSlurper().parse(new File(basedir, 'target/digest-lint/digest-lint.sarif'), 'UTF-8')
def results = sarif.runs[0].results
assert results.size() == 50
assert results.countBy { it.baselineState } == [unchanged: 49, new: 1]
assert results.findAll { it.suppressions }.size() == 49
assert results.find { it.baselineState == 'new' }.ruleId == 'alphaxiv-link'

assert !log.contains('\tat ')
