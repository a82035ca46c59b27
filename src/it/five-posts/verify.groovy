def log = new File(basedir, 'build.log').text

assert log.contains('[ERROR] _posts/2025-09-07-daily-papers.md:3:8: error: title has a closing quote')
assert log.contains('[title-quotes]')
assert log.readLines().count { it.startsWith('[ERROR] _posts/2025-09-07-daily-papers.md:') && it.endsWith('[alphaxiv-link]') } == 14
assert !log.readLines().any { it.startsWith('[ERROR] _posts/') && !it.contains('2025-09-07') }
assert log.contains('digest-lint found 15 errors and 175 warnings in 5 of 5 posts')
assert !log.contains('\tat ')
