def log = new File(basedir, 'build.log').text
def before = new File(basedir, 'target/before')

assert log.contains('would fix _posts/2025-09-07-daily-papers.md: ')
assert log.contains('--- a/_posts/2025-09-07-daily-papers.md')
assert log.contains('+> [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.03867)')
assert log.contains('-title: Daily Papers — 2025-09-07"')
assert log.contains('BUILD SUCCESS')
new File(basedir, '_posts').eachFile { file ->
    assert file.bytes == new File(before, file.name).bytes : "${file.name} changed in a dry run"
}
assert !log.contains('\tat ')
