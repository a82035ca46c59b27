// Four blogs checked and repaired at once (-T 4): each blog's findings and repairs are its own, although
// every blog has a post of the same name, 2025-09-26-daily-papers.md, with a different fault.
import groovy.json.JsonSlurper

List<String> lines = new File(basedir, 'build.log').readLines('UTF-8')
assert lines.count { it.contains('Using the MultiThreadedBuilder implementation with a thread count of 4') } == 2

// The check: each blog's JSON report holds the findings of its own posts, and only those, named from the
// root, as -Ddigestlint.repositoryRoot=. asks.
def findings = { String blog ->
    def report = new JsonSlurper().parse(new File(basedir, "${blog}/target/digest-lint/digest-lint.json"), 'UTF-8')
    report.findings.collect { "${it.rule} ${it.path}:${it.line}:${it.column}".toString() }
}
assert findings('blog-a') == ['title-quotes blog-a/_posts/2025-09-26-daily-papers.md:3:8']
// blog-b's notes post is dated a day after its file name: valid Jekyll, which files it by its date.
assert findings('blog-b') == ['alphaxiv-link blog-b/_posts/2025-09-26-daily-papers.md:9:1']
assert findings('blog-c') == ['date-format blog-c/_posts/2025-09-29-notes.md:4:7']
// blog-d turns on heading-trailing-space, off by default, in its own .digest-lint.yml.
assert findings('blog-d') == ['heading-trailing-space blog-d/_posts/2025-09-26-daily-papers.md:18:10']

// The repairs: each blog's 2025-09-26 post, repaired alone, is now the post blog-c had from the start.
def digest = { String blog -> new File(basedir, "${blog}/_posts/2025-09-26-daily-papers.md").getText('UTF-8') }
['blog-a', 'blog-b', 'blog-d'].each { blog -> assert digest(blog) == digest('blog-c') : blog }
assert lines.count { it ==~ /\[INFO\] blog-[abd]: fixed 1 findings in 1 of 2 posts; 0 findings remain/ } == 3
assert lines.contains('[INFO] blog-c: fixed 0 findings in 0 of 2 posts; 1 findings remain')

assert !lines.any { it.contains('\tat ') }
