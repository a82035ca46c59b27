package io.github.digestlint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digestlint.Lint;
import io.github.digestlint.config.Configuration;
import io.github.digestlint.config.ConfigurationLoader;
import io.github.digestlint.rule.ConfigurationException;
import io.github.digestlint.rule.Finding;
import io.github.digestlint.rules.BuiltInRules;
import io.github.digestlint.source.SourceText;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every hostile input ends in findings that say where, or in an error that names the file, within
 * bounded time (each test has a timeout) and memory (a post over 1 MB is never read whole).
 *
 * <p>The small hostile posts are committed in {@code src/test/resources/hostile/_posts}, and their
 * findings pinned in {@code hostile/expected-findings.txt}, reviewed by hand: an empty post, one of
 * only {@code ---}, front matter never closed or not on line 1 ({@code front-matter}); a byte order
 * mark and CRLF endings that shift no column (the stray title quote is at 3:8 either way); mixed
 * LF, CRLF and lone CR endings, each of which ends a line (the directive is on line 10); a tab in
 * the YAML (at its line and column); Latin-1 bytes and a NUL byte ({@code encoding} at the byte);
 * a PNG named {@code .md} (not UTF-8, a NUL on line 3, no front matter); a billion-laughs alias
 * bomb and lists nested 5,000 deep (past the limits, reported without expanding anything);
 * duplicate keys, a title that is a number, a list or null, a date that is not a date
 * ({@code front-matter-keys}, {@code date-format}); a {@code !!java.lang.Object} tag (refused). The
 * good digest among them has no finding. The big posts and the file system cases are made here,
 * at run time, so that the repository stays small.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileInputsTest {

    private static final int MEGABYTE = 1 << 20;
    private static final String TOO_LARGE = "error: cannot read this file: it is larger than 1 MB (1,048,576 bytes),"
            + " the most digest-lint reads of one post, so it is not checked [unreadable-file]";

    private final Linter linter = new Linter(Lint.DEFAULTS);

    @TempDir
    Path blog;

    @Test
    void eachCommittedHostilePostYieldsItsFindingsAndTheGoodPostNone() throws Exception {
        Path hostile = Path.of(HostileInputsTest.class.getResource("/hostile").toURI());

        LintResult result = linter.lint(hostile, PostFiles.find(hostile.resolve("_posts"), List.of("**/*.md"),
                List.of()));

        assertThat(result.findings()).extracting(Finding::format)
                .containsExactlyElementsOf(Files.readAllLines(hostile.resolve("expected-findings.txt")));
        assertThat(result.posts()).contains("_posts/2025-09-30-daily-papers.md");
        assertThat(result.summary()).isEqualTo("20 errors and 1 warning in 19 of 20 posts");
    }

    @Test
    void aHundredMegabyteScalarIsReportedWithoutBeingRead() throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(post("2025-03-01-huge-scalar.md")))) {
            out.write("---\ntitle: \"".getBytes(StandardCharsets.US_ASCII));
            byte[] megabyte = "a".repeat(MEGABYTE).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 100; i++) {
                out.write(megabyte);
            }
            out.write("\"\n---\n".getBytes(StandardCharsets.US_ASCII));
        }

        assertThat(lint()).containsExactly("_posts/2025-03-01-huge-scalar.md:1:1: " + TOO_LARGE);
    }

    @Test
    void aTenMegabytePostIsReportedWithoutBeingRead() throws Exception {
        String digest = Files.readString(Path.of(HostileInputsTest.class
                .getResource("/hostile/_posts/2025-09-30-daily-papers.md").toURI()));
        String entry = digest.substring(digest.indexOf("\n# 1."));
        Files.writeString(post("2025-09-30-daily-papers.md"), digest + entry.repeat(10 * MEGABYTE / entry.length()));

        assertThat(lint()).containsExactly("_posts/2025-09-30-daily-papers.md:1:1: " + TOO_LARGE);
    }

    /**
     * 20,000 entries of a kind whose entries are only a heading, so that the post fits under the
     * limit; the one wrong number, in the last entry, shows that every entry was read.
     */
    @Test
    void aPostOfTwentyThousandEntriesIsCheckedToItsLastEntry() throws IOException, ConfigurationException {
        StringBuilder post = new StringBuilder(frontMatter("2025-03-03", "\"Daily Papers — 2025-03-03\""))
                .append('\n');
        for (int number = 1; number <= 20_000; number++) {
            post.append(String.format("# %d. [P](https://arxiv.org/abs/2502.%05d)\n", number == 20_000 ? 20_001
                    : number, number));
        }
        Files.writeString(post("2025-03-03-compact.md"), post);
        Configuration compact = Lint.configuration(SourceText.of("""
                kinds:
                  - name: compact
                    path: "**/*-compact.md"
                    sections: []
                    introLabels: []
                    alphaxiv: none
                """));

        assertThat(lint(new Linter(compact))).containsExactly("_posts/2025-03-03-compact.md:20008:3: error: number"
                + " 20001 breaks the sequence 1, 2, 3…; expected 20000 [entry-numbering]");
    }

    @Test
    void aMegabyteLineIsCheckedWithTheColumnOfItsEnd() throws IOException {
        Files.writeString(post("2025-03-04-long-line.md"), frontMatter("2025-03-04", "\"Notes\"")
                + "x".repeat(1_000_000) + "<!-- digest-lint-disable no-such-rule -->\n");

        assertThat(lint()).containsExactly("_posts/2025-03-04-long-line.md:8:1000001: warning: 'digest-lint-disable'"
                + " names 'no-such-rule', which is not a rule; see docs/rules.md for the rule ids [inline-directive]");
    }

    /** Links are followed, as Jekyll follows them; a loop is reported, not followed for ever. */
    @Test
    void aSymbolicLinkLoopIsReportedNotFollowed() throws IOException {
        Files.createSymbolicLink(post("2025-03-05-loop.md"), Path.of("2025-03-05-loop.md"));
        Files.createSymbolicLink(post("loop"), Path.of("."));

        assertThat(lint()).containsExactly("_posts/2025-03-05-loop.md:1:1: error: cannot read this file: it is a"
                + " symbolic link to '2025-03-05-loop.md', which does not exist or leads back to itself; point it at a"
                + " post, or remove it [unreadable-file]", "_posts/loop:1:1: error: cannot read this file: it is a"
                + " symbolic link to '.', a folder that holds the link itself, so following it would never end; remove"
                + " it or exclude it [unreadable-file]");
    }

    @Test
    void aFolderNamedLikeAPostIsReportedAndThePostsInItAreChecked() throws IOException {
        Files.writeString(post("x.md/2025-03-06-inside.md"), frontMatter("2025-03-06", "Notes\""));

        assertThat(lint()).containsExactly(
                "_posts/x.md:1:1: error: cannot read this file: it is a folder, not a post; its posts are checked, but"
                        + " rename it or exclude it [unreadable-file]",
                "_posts/x.md/2025-03-06-inside.md:3:8: error: title has a closing quote but no opening quote: Notes\";"
                        + " expected \"Notes\" [title-quotes]");
    }

    /**
     * Without read permission the post is reported. Root reads any file whatever its permissions,
     * and tests often run as root in containers; there the post is simply checked, which the
     * test then asserts instead, so that it holds for every user.
     */
    @Test
    void aPostWithoutReadPermissionIsReportedUnlessTheUserReadsEverything() throws IOException {
        Path post = Files.writeString(post("2025-03-07-private.md"), frontMatter("2025-03-07", "Notes\""));
        Files.setPosixFilePermissions(post, PosixFilePermissions.fromString("---------"));

        List<String> findings = lint();

        assertThat(findings).containsExactly(Files.isReadable(post)
                ? "_posts/2025-03-07-private.md:3:8: error: title has a closing quote but no opening quote: Notes\";"
                        + " expected \"Notes\" [title-quotes]"
                : "_posts/2025-03-07-private.md:1:1: error: cannot read this file: permission denied"
                        + " [unreadable-file]");
    }

    @Test
    void aPostDeletedBetweenListingAndReadingIsReported() throws IOException {
        Path post = Files.writeString(post("2025-03-08-gone.md"), frontMatter("2025-03-08", "\"Notes\""));
        PostFiles listed = PostFiles.find(blog.resolve("_posts"), List.of("**/*.md"), List.of());
        Files.delete(post);

        assertThat(linter.lint(blog, listed).findings()).extracting(Finding::format).containsExactly(
                "_posts/2025-03-08-gone.md:1:1: error: cannot read this file: the file disappeared while it was being"
                        + " checked [unreadable-file]");
    }

    /** Reading a socket or a pipe would wait forever for a writer. */
    @Test
    void aSocketNamedLikeAPostIsReportedNotRead() throws IOException {
        Path socket = post("2025-03-09-socket.md");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));

            assertThat(lint()).containsExactly("_posts/2025-03-09-socket.md:1:1: error: cannot read this file: it is"
                    + " not a regular file (a pipe, a socket or a device) [unreadable-file]");
        }
    }

    /** Counts its instances; a YAML reader that constructed tagged values would make one. */
    public static final class Tripwire {
        static final AtomicInteger INSTANCES = new AtomicInteger();

        public Tripwire() {
            INSTANCES.incrementAndGet();
        }
    }

    @Test
    void aTagNamingAClassNeverConstructsItInAPostOrInTheConfiguration() throws IOException {
        String tag = "!!" + Tripwire.class.getName();
        Files.writeString(post("2025-03-10-tag.md"), frontMatter("2025-03-10", tag + " {}"));

        assertThat(lint()).singleElement().asString().isEqualTo("_posts/2025-03-10-tag.md:3:8: error: front matter is"
                + " not valid YAML: Global tag is not allowed: tag:yaml.org,2002:" + Tripwire.class.getName()
                + " [front-matter]");
        assertThatThrownBy(() -> Lint.configuration(SourceText.of("rules: " + tag + " {}")))
                .isInstanceOf(ConfigurationException.class).hasMessageStartingWith(".digest-lint.yml:1:8: not valid"
                        + " YAML: Global tag is not allowed");
        assertThat(Tripwire.INSTANCES).hasValue(0);
    }

    @Test
    void aConfigurationFileThatDoesNotParseIsAnErrorNamingItsLineAndColumn() throws IOException {
        Path file = Files.writeString(blog.resolve(".digest-lint.yml"), "rules:\n  title-quotes: [warning\n");

        assertThatThrownBy(() -> ConfigurationLoader.load(file, ".digest-lint.yml", BuiltInRules.all()))
                .isInstanceOf(ConfigurationException.class).hasMessage(".digest-lint.yml:3:1: not valid YAML: expected"
                        + " ',' or ']', but got <stream end> while parsing a flow sequence (started at line 2,"
                        + " column 17)");
    }

    private Path post(String name) throws IOException {
        Path post = blog.resolve("_posts").resolve(name);
        Files.createDirectories(post.getParent());
        return post;
    }

    /** Front matter with the title as written in the YAML, quotes included. */
    private static String frontMatter(String day, String title) {
        return "---\nlayout: post\ntitle: " + title + "\ndate: " + day + " 08:00:00\ntags: [notes]\ncategories: []\n"
                + "---\n";
    }

    private List<String> lint() throws IOException {
        return lint(linter);
    }

    private List<String> lint(Linter with) throws IOException {
        return with.lint(blog, PostFiles.find(blog.resolve("_posts"), List.of("**/*.md"), List.of())).findings()
                .stream().map(Finding::format).toList();
    }
}
