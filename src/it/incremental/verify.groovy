// The second run on an unchanged blog reports the same findings while parsing no post.
def lines = new File(basedir, 'build.log').readLines('UTF-8')
def runs = lines.findAll { it.contains('--- digest-lint:') }
assert runs.size() == 2

def start = lines.findIndexOf { it.contains('--- digest-lint:') }
def second = lines.findLastIndexOf { it.contains('--- digest-lint:') }
def firstFindings = lines.subList(start, second).findAll { it ==~ /\[(ERROR|WARNING)\] _posts\/.*/ }
def secondFindings = lines.subList(second, lines.size()).findAll { it ==~ /\[(ERROR|WARNING)\] _posts\/.*/ }

// Each finding of the first run has its line, and there are findings to replay.
def firstSummary = (lines.subList(start, second).join('\n') =~ /(\d+) errors and (\d+) warnings in 5 of 5 posts/)
assert firstSummary.find()
assert firstFindings.size() == (firstSummary.group(1) as int) + (firstSummary.group(2) as int)
assert firstFindings.size() > 40
assert secondFindings == firstFindings
assert lines.contains('[INFO] parsed 5 of 5 posts (0 unchanged, replayed from the incremental index)')
assert lines.contains('[INFO] parsed 0 of 5 posts (5 unchanged, replayed from the incremental index)')
assert new File(basedir, 'target/digest-lint/index.json').isFile()
assert !lines.any { it.contains('\tat ') }
