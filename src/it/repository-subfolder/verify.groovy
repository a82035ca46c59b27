// A blog in site/ of its repository, on GitHub Actions: every finding is also a workflow command at the
// start of its line, and annotations and reports name posts from the repository's root, where GitHub
// places them on a pull request's lines; the console names them from site/, where Maven runs.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines('UTF-8')

assert lines.contains('::error file=site/_posts/2025-09-07-daily-papers.md,line=3,col=8,endColumn=34,title=title-quotes::title has a closing quote but no opening quote: Daily Papers — 2025-09-07"; expected "Daily Papers — 2025-09-07"')
assert lines.count { it.startsWith('::error file=site/_posts/2025-09-07-daily-papers.md,') && it.contains(',title=alphaxiv-link::') } == 14
assert lines.any { it.startsWith('::warning file=site/_posts/2025-12-17-daily-papers.md,') && it.contains(',title=placeholder::') }
def findings = lines.count { it ==~ /\[(ERROR|WARNING)\] _posts\/.*/ }
assert findings > 0
assert lines.count { it.startsWith('::error ') || it.startsWith('::warning ') } == findings

def reports = new File(basedir, 'site/target/digest-lint')
def sarif = new JsonSlurper().parse(new File(reports, 'digest-lint.sarif'))
def uris = sarif.runs[0].results.collect { it.locations[0].physicalLocation.artifactLocation.uri } as Set
assert uris == ['site/_posts/2025-09-07-daily-papers.md', 'site/_posts/2025-09-26-daily-papers.md',
                'site/_posts/2025-10-08-daily-papers.md', 'site/_posts/2025-12-17-daily-papers.md',
                'site/_posts/2025-12-22-daily-papers.md'] as Set
def json = new JsonSlurper().parse(new File(reports, 'digest-lint.json'))
assert json.findings.every { it.path.startsWith('site/_posts/') }
assert json.findings.size() == findings

assert !lines.any { it.contains('\tat ') }
