// Links are followed as Jekyll follows them: the posts folder and a post can be links, findings name
// the posts by their path in the blog, and fix writes the files the links point to. A link out of the
// project is read too, with a warning: a site built in safe mode, as on GitHub Pages, leaves it out.
import java.nio.file.Files

List<String> lines = new File(basedir, 'build.log').readLines('UTF-8')
def blog = basedir.toPath()

assert lines.contains('[ERROR] _posts/2025-09-26-notes.md:3:8: error: title has a closing quote but no opening' +
        ' quote: Notes of 2025-09-26"; expected "Notes of 2025-09-26" [title-quotes]')
assert lines.contains('[ERROR] _posts/2025-09-27-linked.md:3:8: error: title has a closing quote but no opening' +
        ' quote: Notes of 2025-09-27"; expected "Notes of 2025-09-27" [title-quotes]')
assert lines.contains('[INFO] 2 errors and 0 warnings in 2 of 3 posts')
def outside = blog.resolveSibling(blog.fileName.toString() + '-outside').toRealPath().resolve('2025-09-28-shared.md')
assert lines.count { it == "[WARNING] _posts/2025-09-28-shared.md is a link to ${outside}, outside the project:" +
        ' Jekyll reads it, but in safe mode, as GitHub Pages builds, it skips links out of the site' } == 3

assert lines.contains('[INFO] fixed _posts/2025-09-26-notes.md: 1 title-quotes')
assert lines.contains('[INFO] fixed _posts/2025-09-27-linked.md: 1 title-quotes')
assert lines.contains('[INFO] 0 errors and 0 warnings in 0 of 3 posts')
assert Files.isSymbolicLink(blog.resolve('_posts'))
assert Files.isSymbolicLink(blog.resolve('real-posts/2025-09-27-linked.md'))
assert Files.readString(blog.resolve('elsewhere/2025-09-27-linked.md')).contains('title: "Notes of 2025-09-27"')
assert Files.readString(blog.resolve('real-posts/2025-09-26-notes.md')).contains('title: "Notes of 2025-09-26"')
assert !lines.any { it.startsWith('\tat ') }
