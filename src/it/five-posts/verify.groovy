def log = new File(basedir, 'build.log').text

assert log.contains('[ERROR] _posts/2025-09-07-daily-papers.md:3:')
assert log.contains('[title-quotes]')
assert log.contains('digest-lint found ')
assert log.contains(' in 1 of 5 posts')
assert !log.contains('\tat ')
