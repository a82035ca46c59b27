// The posts folder is a link to real-posts/, which holds a post and a link to a post in elsewhere/,
// as a blog that shares its posts between two sites does. Made here: links are not portable in git.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths

// The invoker runs this before each of the builds: the links are made once.
Path blog = basedir.toPath()
if (!Files.isSymbolicLink(blog.resolve('_posts'))) {
    Files.createSymbolicLink(blog.resolve('_posts'), Paths.get('real-posts'))
    Files.createSymbolicLink(blog.resolve('real-posts/2025-09-27-linked.md'),
            Paths.get('../elsewhere/2025-09-27-linked.md'))
}
// A pre-build script that returns anything but true stops the build.
true
