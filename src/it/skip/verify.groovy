def log = new File(basedir, 'build.log').text

assert log.contains('[INFO] digest-lint skipped')
assert !log.contains('_posts/2025-09-26-daily-papers.md:')
assert log.contains('BUILD SUCCESS')
assert !log.contains('\tat ')
