def log = new File(basedir, 'build.log').text
def post = new File(basedir, '_posts/2025-09-07-daily-papers.md').getText('UTF-8')

assert log.contains('fixed _posts/2025-09-07-daily-papers.md: ')
assert log.contains('14 alphaxiv-link')
assert log =~ /\[INFO\] 0 errors and \d+ warnings in \d+ of 5 posts/
assert log.contains('BUILD SUCCESS')
assert post.readLines()[2] == 'title: "Daily Papers — 2025-09-07"'
assert post.readLines().count { it.startsWith('> [Alphaxiv](https://www.alphaxiv.org/ko/overview/') } == 14
assert !log.contains('\tat ')
