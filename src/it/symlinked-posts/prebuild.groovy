// The posts folder is a link to real-posts/, which holds a post and a link to a post in elsewhere/,
// as a blog that shares its posts between two sites does, and a link to a post outside the project.
// Made here: links are not portable in git.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths

// The invoker runs this before each of the builds: the links are made once.
Path blog = basedir.toPath()
if (!Files.isSymbolicLink(blog.resolve('_posts'))) {
    Files.createSymbolicLink(blog.resolve('_posts'), Paths.get('real-posts'))
    Files.createSymbolicLink(blog.resolve('real-posts/2025-09-27-linked.md'),
            Paths.get('../elsewhere/2025-09-27-linked.md'))
    Path outside = Files.createDirectories(blog.resolveSibling(blog.fileName.toString() + '-outside'))
    Files.writeString(outside.resolve('2025-09-28-shared.md'),
            '---\nlayout: post\ntitle: "Notes of 2025-09-28"\ndate: 2025-09-28 10:00:00\ntags: []\ncategories: []\n---\n\nShared.\n')
    Files.createSymbolicLink(blog.resolve('real-posts/2025-09-28-shared.md'), outside.resolve('2025-09-28-shared.md'))
}
// A pre-build script that returns anything but true stops the build.
true
