// Both runs check each module with posts, with that module's own configuration, and name the module
// in its last line; the console names posts relative to the root, where Maven was started.
List<String> lines = new File(basedir, 'build.log').readLines('UTF-8')
def runs = lines.findIndexValues { it.contains('Reactor Build Order') }
assert runs.size() == 2
List<String> all = lines.subList(runs[0] as int, runs[1] as int)
List<String> selected = lines.subList(runs[1] as int, lines.size())

// -T 2 at the root: the site itself, both blogs, and one line for the theme, which has no posts.
assert all.any { it.contains('Using the MultiThreadedBuilder implementation with a thread count of 2') }
assert all.contains('[INFO] reactor: 0 errors and 1 warning in 1 of 1 post')
assert all.contains('[INFO] blog-a: 0 errors and 0 warnings in 0 of 1 post')
assert all.contains('[INFO] blog-b: 1 error and 0 warnings in 1 of 2 posts')
assert all.contains('[INFO] No _posts folder in theme: this module has no posts to check')
assert all.any { it.startsWith('[ERROR] blog-b/_posts/2025-09-26-daily-papers.md:9:1: error: ') && it.endsWith('[alphaxiv-link]') }
// The notes post is dated a day after its file name: valid Jekyll, and no digest, so no finding.
assert !all.any { it.contains('blog-b/_posts/2025-09-28-notes.md') }
assert all.any { it.contains('blog-b: digest-lint found 1 error and 0 warnings in 1 of 2 posts') }

// -pl blog-a -pl blog-b (invoker splits goals at commas): those two, and neither the site nor the theme.
assert selected.contains('[INFO] blog-a: 0 errors and 0 warnings in 0 of 1 post')
assert selected.contains('[INFO] blog-b: 1 error and 0 warnings in 1 of 2 posts')
assert !selected.any { it.contains('reactor: ') || it.contains('in theme') }

assert !lines.any { it.contains('\tat ') }
