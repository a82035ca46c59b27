// Without a POM the goal still checks the posts, and its index and reports go to ./target/digest-lint,
// never to a folder named after an unresolved ${...} expression, which Jekyll would publish.
def log = new File(basedir, 'build.log').text

assert !new File(basedir, 'pom.xml').exists()
assert log.contains('[ERROR] _posts/2025-09-26-daily-papers.md:3:8: error: ')
assert log.contains('[title-quotes]')
assert new File(basedir, 'target/digest-lint/index.bin').isFile()
assert new File(basedir, 'target/digest-lint/digest-lint.json').isFile()
assert !basedir.list().any { it.contains('${') }
// Without a POM there is no digest-lint: prefix: the log and the report name the repair goal in full.
def fixFolder = ~/mvn io\.github\.digestlint:digest-lint-maven-plugin:[^:\s]+:fix-folder/
assert log =~ /can be repaired automatically: run / + fixFolder
assert new File(basedir, 'target/digest-lint/index.html').getText('UTF-8') =~ /run <code>/ + fixFolder + /<\/code>/
assert !log.contains('\tat ')
