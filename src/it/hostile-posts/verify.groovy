// Each hostile post ends in its findings, the good digest in none, every post is counted, fix and a
// broken configuration end in clear messages, and nothing ends in a stack trace.
import java.nio.file.Files

List<String> lines = new File(basedir, 'build.log').readLines('UTF-8')
File posts = new File(basedir, '_posts')
String tooLarge = 'error: cannot read this file: it is larger than 1 MB (1,048,576 bytes), the most digest-lint' +
        ' reads of one post, so it is not checked [unreadable-file]'
String strayQuote = 'error: title has a closing quote but no opening quote: Notes"; expected "Notes" [title-quotes]'

// The check: the committed posts' findings, as the core's HostileInputsTest pins them...
new File(hostileBlog, 'expected-findings.txt').readLines('UTF-8').each { finding ->
    String level = finding.contains(': error: ') ? '[ERROR] ' : '[WARNING] '
    assert lines.contains(level + finding) : "missing: ${finding}"
}
// ...and those of the posts prebuild.groovy made.
assert lines.contains('[ERROR] _posts/2025-03-01-huge-scalar.md:1:1: ' + tooLarge)
assert lines.contains('[ERROR] _posts/2025-03-02-ten-megabytes.md:1:1: ' + tooLarge)
assert lines.contains('[ERROR] _posts/2025-03-03-compact.md:20008:3: error: number 20001 breaks the sequence' +
        ' 1, 2, 3…; expected 20000 [entry-numbering]')
assert lines.contains("[WARNING] _posts/2025-03-04-long-line.md:8:1000001: warning: 'digest-lint-disable' names" +
        " 'no-such-rule', which is not a rule; see docs/rules.md for the rule ids [inline-directive]")
String link = '[ERROR] _posts/2025-03-05-loop.md:1:1: error: cannot read this file: it is a symbolic link to' +
        " '2025-03-05-loop.md', which does not exist or leads back to itself; point it at a post, or remove it" +
        ' [unreadable-file]'
assert lines.contains(link)
assert lines.contains("[ERROR] _posts/loop:1:1: error: cannot read this file: it is a symbolic link to '.', a folder" +
        ' that holds the link itself, so following it would never end; remove it or exclude it [unreadable-file]')
assert lines.contains('[ERROR] _posts/x.md:1:1: error: cannot read this file: it is a folder, not a post; its posts' +
        ' are checked, but rename it or exclude it [unreadable-file]')
assert lines.contains('[ERROR] _posts/x.md/2025-03-06-inside.md:3:8: ' + strayQuote)
// Root reads a file whatever its permissions (tests often run as root in containers): then the post is checked.
File secret = new File(posts, '2025-03-07-private.md')
assert lines.contains(secret.canRead()
        ? '[ERROR] _posts/2025-03-07-private.md:3:8: ' + strayQuote
        : '[ERROR] _posts/2025-03-07-private.md:1:1: error: cannot read this file: permission denied [unreadable-file]')
// The good digest has no finding, and the summary counts every post: 20 committed, 9 made here.
assert !lines.any { it.contains('_posts/2025-09-30-daily-papers.md') }
assert lines.contains('[INFO] 28 errors and 2 warnings in 28 of 29 posts')
// The five posts that cannot be read (two too large, two links, a folder) are neither parsed nor replayed.
assert lines.contains('[INFO] parsed 24 of 29 posts (0 unchanged, replayed from the incremental index)')

// The dry run of fix reads the posts as the check does, so what it cannot read is the same finding, printed
// by both runs; what it must not rewrite is said so; it succeeds.
assert lines.count { it == '[ERROR] _posts/2025-03-01-huge-scalar.md:1:1: ' + tooLarge } == 2
assert lines.count { it == link } == 2
assert lines.contains('[WARNING] _posts/2025-01-11-binary.md: left untouched because it is not UTF-8 text')
assert lines.contains('[WARNING] _posts/2025-01-10-nul-byte.md: left untouched because it holds NUL bytes')
assert lines.count { it.startsWith('[INFO] would fix ') && it.contains(' findings in ') } == 1
assert lines.count { it == '[INFO] BUILD SUCCESS' } == 1

// A configuration file that does not parse: its line and column.
assert lines.any { it.contains("Invalid digest-lint configuration: broken-config.yml:3:1: not valid YAML: expected" +
        " ',' or ']', but got <stream end> while parsing a flow sequence (started at line 2, column 17)") }

// No stack trace: no frame, and no exception named except in Maven's own link to its help page.
assert !lines.any { it.contains('\tat ') }
assert lines.findAll { it.contains('Exception') }
        .every { it.startsWith('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/Mojo') }

// The big posts are of no use once checked.
Files.delete(new File(posts, '2025-03-01-huge-scalar.md').toPath())
Files.delete(new File(posts, '2025-03-02-ten-megabytes.md').toPath())
