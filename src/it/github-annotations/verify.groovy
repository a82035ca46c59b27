// With GITHUB_ACTIONS=true every finding is also a workflow command, at the start of its line.
def lines = new File(basedir, 'build.log').readLines('UTF-8')

assert lines.contains('::error file=_posts/2025-09-07-daily-papers.md,line=3,col=8,endColumn=34,title=title-quotes::title has a closing quote but no opening quote: Daily Papers — 2025-09-07"; expected "Daily Papers — 2025-09-07"')
assert lines.count { it.startsWith('::error file=_posts/2025-09-07-daily-papers.md,') && it.contains(',title=alphaxiv-link::') } == 14
assert lines.any { it.startsWith('::warning file=_posts/2025-12-17-daily-papers.md,') && it.contains(',title=heading-trailing-space::') }
def findings = lines.count { it ==~ /\[(ERROR|WARNING)\] _posts\/.*/ }
assert lines.count { it.startsWith('::error ') || it.startsWith('::warning ') } == findings
assert !lines.any { it.contains('\tat ') }
