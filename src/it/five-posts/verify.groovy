List<String> lines = new File(basedir, 'build.log').readLines('UTF-8')
def runs = lines.findIndexValues { it.contains('Building five-posts') }
assert runs.size() == 2
List<String> all = lines.subList(runs[0] as int, runs[1] as int)
List<String> none = lines.subList(runs[1] as int, lines.size())

// Every finding, a line each: the 15 errors are all in the post with the stray quote.
assert all.any { it.startsWith('[ERROR] _posts/2025-09-07-daily-papers.md:3:8: error: title has a closing quote') && it.endsWith('[title-quotes]') }
assert all.count { it.startsWith('[ERROR] _posts/2025-09-07-daily-papers.md:') && it.endsWith('[alphaxiv-link]') } == 14
assert !all.any { it.startsWith('[ERROR] _posts/') && !it.contains('2025-09-07') }
assert all.any { it.contains('digest-lint found 15 errors and 34 warnings in 5 of 5 posts') }
// The log ends with the totals per rule, errors first, then the rules with the most findings.
def table = all.findAll { it ==~ /\[INFO\] [a-z-]+ +\d+ +\d+ +\d+/ }
assert table == ['[INFO] alphaxiv-link          14        0       14',
                 '[INFO] title-quotes            1        0        1',
                 '[INFO] prose-as-bullets        0       16        0',
                 '[INFO] intro-labels            0        8        0',
                 '[INFO] entry-length            0        5        0',
                 '[INFO] placeholder             0        5        0']
assert all.contains('[INFO] 15 of these can be repaired automatically: run mvn digest-lint:fix')
// The blanks that change nothing on the page are off by default: not a line about them.
assert !lines.any { it.contains('heading-trailing-space') || it.contains('title-whitespace') }

// printFindings=none: no finding's line, the same table, and a line that says what was left out.
assert !none.any { it ==~ /\[(ERROR|WARNING)\] _posts\/.*/ }
assert none.findAll { it ==~ /\[INFO\] [a-z-]+ +\d+ +\d+ +\d+/ } == table
assert none.contains('[INFO] printed 0 of 49 findings (none); the table above counts them all, and -Ddigestlint.printFindings=all prints each')
assert none.any { it.contains('digest-lint found 15 errors and 34 warnings in 5 of 5 posts') }

assert !lines.any { it.contains('\tat ') }
