// _drafts/ is checked when it exists, with the rules for a post whose name has no date; turning it
// off is said in the log.
List<String> lines = new File(basedir, 'build.log').readLines('UTF-8')
File drafts = new File(basedir, '_drafts')

assert lines.count { it == "[INFO] Checking 1 draft in ${drafts} too".toString() } == 1
assert lines.contains('[ERROR] _drafts/notes-in-progress.md:3:8: error: title has a closing quote but no opening' +
        ' quote: Notes in progress"; expected "Notes in progress" [title-quotes]')
assert !lines.any { it.contains('[filename-date]') }
assert lines.contains('[INFO] 1 error and 1 warning in 2 of 2 posts')

assert lines.contains("[INFO] The drafts in ${drafts} are not checked (drafts=false)".toString())
assert lines.contains('[INFO] 0 errors and 1 warning in 1 of 1 post')
assert !lines.any { it.startsWith('\tat ') }
