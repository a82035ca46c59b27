def log = new File(basedir, 'build.log').text

assert log.contains('[ERROR] _posts/2025-09-07-daily-papers.md:3:8: error: title has a closing quote')
assert log.contains('[title-quotes]')
assert log.readLines().count { it.startsWith('[ERROR] _posts/2025-09-07-daily-papers.md:') && it.endsWith('[alphaxiv-link]') } == 14
assert !log.readLines().any { it.startsWith('[ERROR] _posts/') && !it.contains('2025-09-07') }
assert log.contains('digest-lint found 15 errors and 175 warnings in 5 of 5 posts')
// The log ends with the totals per rule, errors first, then the rules with the most findings.
def table = log.readLines().findAll { it ==~ /\[INFO\] [a-z-]+ +\d+ +\d+ +\d+/ }
assert table.take(3) == ['[INFO] alphaxiv-link                14        0       14',
                         '[INFO] title-quotes                  1        0        1',
                         '[INFO] heading-trailing-space        0      132      132']
assert !log.contains('\tat ')
