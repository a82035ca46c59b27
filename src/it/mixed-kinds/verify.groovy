// Two digest kinds from .digest-lint.yml and an ordinary post in one _posts/: only the Arxiv
// post that uses the daily kind's link form is wrong, and only by its own kind's rules.
def log = new File(basedir, 'build.log').text
def findings = log.readLines().findAll { it =~ /^\[(ERROR|WARNING)\] _posts\// }

assert findings.size() == 1
assert findings[0].startsWith('[ERROR] _posts/2025-09-03-arxiv.md:9:')
assert findings[0].endsWith('[arxiv-link]')
assert log.contains('1 error and 0 warnings in 1 of 4 posts')
assert !log.contains('\tat ')
