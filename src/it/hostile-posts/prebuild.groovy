// The blog: the hostile posts of the core's tests (hostileBlog, set in the plugin's pom), with the good
// digest among them, and the posts too big or too odd to commit, made here as HostileInputsTest makes them.
import java.nio.charset.StandardCharsets
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths
import java.nio.file.StandardCopyOption
import java.nio.file.attribute.PosixFilePermissions

Path posts = basedir.toPath().resolve('_posts')
Files.createDirectories(posts)
new File(hostileBlog, '_posts').eachFile { file ->
    Files.copy(file.toPath(), posts.resolve(file.name), StandardCopyOption.REPLACE_EXISTING)
}

def frontMatter = { String day, String title ->
    "---\nlayout: post\ntitle: ${title}\ndate: ${day} 08:00:00\ntags: [notes]\ncategories: []\n---\n"
}
def write = { String name, CharSequence text -> Files.writeString(posts.resolve(name), text, StandardCharsets.UTF_8) }

// A scalar of 100 MB, written a megabyte at a time.
posts.resolve('2025-03-01-huge-scalar.md').toFile().withOutputStream { out ->
    out.write('---\ntitle: "'.getBytes(StandardCharsets.US_ASCII))
    byte[] megabyte = ('a' * (1 << 20)).getBytes(StandardCharsets.US_ASCII)
    100.times { out.write(megabyte) }
    out.write('"\n---\n'.getBytes(StandardCharsets.US_ASCII))
}

// A post of 10 MB: the good digest's entry, over and over.
String digest = posts.resolve('2025-09-30-daily-papers.md').toFile().getText('UTF-8')
String entry = digest.substring(digest.indexOf('\n# 1.'))
write('2025-03-02-ten-megabytes.md', frontMatter('2025-03-02', '"Notes"') + entry * (10 * (1 << 20) / entry.length()))

// 20,000 entries of the compact kind (.digest-lint.yml); only the last one's number is wrong.
StringBuilder compact = new StringBuilder(frontMatter('2025-03-03', '"Daily Papers — 2025-03-03"')).append('\n')
(1..20_000).each { n ->
    compact.append(String.format('# %d. [P](https://arxiv.org/abs/2502.%05d)\n', n == 20_000 ? 20_001 : n, n))
}
write('2025-03-03-compact.md', compact)

// One line of a million characters, ended by a directive that names no rule.
write('2025-03-04-long-line.md', frontMatter('2025-03-04', '"Notes"') + 'x' * 1_000_000
        + '<!-- digest-lint-disable no-such-rule -->\n')

// A link to itself, named like a post, and a link back to the posts folder: both are reported.
Files.createSymbolicLink(posts.resolve('2025-03-05-loop.md'), Paths.get('2025-03-05-loop.md'))
Files.createSymbolicLink(posts.resolve('loop'), Paths.get('.'))

// A folder named like a post, with a post in it.
Files.createDirectories(posts.resolve('x.md'))
write('x.md/2025-03-06-inside.md', frontMatter('2025-03-06', 'Notes"'))

// A post nobody may read; root still reads it (see verify.groovy).
Path secret = posts.resolve('2025-03-07-private.md')
write(secret.fileName.toString(), frontMatter('2025-03-07', 'Notes"'))
Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString('---------'))

// The invoker reads a hook's result as success or failure; the last call above returns a path.
return true
