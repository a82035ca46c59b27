// The second run on an unchanged blog reports the same findings while parsing no post.
def lines = new File(basedir, 'build.log').readLines('UTF-8')
def runs = lines.findAll { it.contains('--- digest-lint:') }
assert runs.size() == 2

def start = lines.findIndexOf { it.contains('--- digest-lint:') }
def second = lines.findLastIndexOf { it.contains('--- digest-lint:') }
def firstFindings = lines.subList(start, second).findAll { it ==~ /\[(ERROR|WARNING)\] _posts\/.*/ }
def secondFindings = lines.subList(second, lines.size()).findAll { it ==~ /\[(ERROR|WARNING)\] _posts\/.*/ }

// The five posts have 49 findings with the rules that are on by default.
assert firstFindings.size() == 49
assert secondFindings == firstFindings
assert lines.contains('[INFO] parsed 5 of 5 posts (0 unchanged, replayed from the incremental index)')
assert lines.contains('[INFO] parsed 0 of 5 posts (5 unchanged, replayed from the incremental index)')
assert new File(basedir, 'target/digest-lint/index.bin').isFile()
assert !lines.any { it.contains('\tat ') }
