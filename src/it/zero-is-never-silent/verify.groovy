// Nothing is checked in silence: posts under Jekyll's other extensions are checked, and a folder,
// a pattern or a digest kind that selects nothing is named.
List<String> lines = new File(basedir, 'build.log').readLines('UTF-8')
File empty = new File(basedir, 'empty')

// 1. Both posts are checked, and the kind that selects none is named.
assert lines.count { it.startsWith('[ERROR] _posts/2025-09-02-upper.MD:3:8: error: title has a closing quote') } == 1
assert lines.count { it.startsWith('[ERROR] _posts/2025-09-03-short.mkd:3:8: error: title has a closing quote') } == 1
assert !lines.any { it.contains('notes.txt') }
assert lines.contains('[INFO] 2 errors and 0 warnings in 2 of 2 posts')
assert lines.count { it == "[WARNING] The digest kind 'arxiv' selects no post: no path matches '**/*-arxiv.md' and" +
        " no title matches (none given), so no post is checked as such a digest" } == 1

// 2. and 3. The empty folder: a failure that says why and what to do, then a warning when allowed.
String none = "No post to check: ${empty} holds no file that matches **/*.markdown, **/*.mkdown, **/*.mkdn," +
        " **/*.mkd, **/*.md (Jekyll's Markdown extensions, in any case)"
assert lines.any { it.contains(none + '. Point <postsDirectory> at the posts, or set -Ddigestlint.failIfNoPosts=false') }
assert lines.contains('[WARNING] ' + none)
assert lines.contains('[INFO] 0 errors and 0 warnings in 0 of 0 posts')

// 4. The patterns that match nothing are named, and the run that therefore selects no post fails.
File posts = new File(basedir, '_posts')
assert lines.contains("[WARNING] The pattern '**/*.mdx' matches no file in ${posts}; check it for a typo".toString())
assert lines.contains("[WARNING] The pattern 'drafts/**' matches no file in ${posts}; check it for a typo".toString())
assert lines.any { it.contains("No post to check: ${posts} holds no file that matches **/*.mdx and not drafts/**.") }

// 5. A pattern that is not one.
assert lines.any { it.contains("Invalid includes or excludes: the pattern '**/[z-a]*.md' is not valid: Illegal" +
        " character range in its set of characters in [ ]") }

assert lines.count { it == '[INFO] BUILD SUCCESS' } == 1
assert !lines.any { it.startsWith('\tat ') }
