def log = new File(basedir, 'build.log').text

assert log.contains(':check (default-cli) @ prefix-call')
assert log.contains('[ERROR] _posts/2025-09-26-daily-papers.md:3:8: error: ')
assert log.contains('[title-quotes]')
assert !log.contains('\tat ')
