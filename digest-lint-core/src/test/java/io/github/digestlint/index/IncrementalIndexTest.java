package io.github.digestlint.index;

import static io.github.digestlint.Lint.GOOD_DIGEST;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.Lint;
import io.github.digestlint.engine.LintResult;
import io.github.digestlint.engine.Linter;
import io.github.digestlint.engine.PackedCheck;
import io.github.digestlint.engine.PostCheck;
import io.github.digestlint.engine.PostContent;
import io.github.digestlint.engine.PostFiles;
import io.github.digestlint.model.Directive;
import io.github.digestlint.rule.Finding;
import io.github.digestlint.rule.PostSummary.EntryText;
import io.github.digestlint.rule.PostSummary.Located;
import io.github.digestlint.rule.PostSummary;
import io.github.digestlint.rule.Severity;
import io.github.digestlint.source.Position;
import io.github.digestlint.source.Span;
import io.github.digestlint.source.TextEdit;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IncrementalIndexTest {

    private static final FileTime LONG_AGO = FileTime.fromMillis(0);

    @TempDir
    Path blog;

    private Path indexFile;
    private final Linter linter = new Linter(Lint.EVERY_RULE);

    @BeforeEach
    void writeBlog() throws IOException {
        indexFile = IncrementalIndex.file(blog.resolve("target"));
        write("2025-09-26", "2509.21114");
        write("2025-09-27", "2509.21278");
        write("2025-09-28", "2509.21300");
    }

    private void write(String day, String paper) throws IOException {
        writePost(day + "-daily-papers.md", GOOD_DIGEST.replace("2025-09-26", day).replace("2509.21114", paper)
                .replace("## Method", "## Method  "));
    }

    private void writePost(String name, String text) throws IOException {
        Path post = blog.resolve("_posts/" + name);
        Files.createDirectories(post.getParent());
        Files.writeString(post, text);
    }

    private PostFiles posts() throws IOException {
        return PostFiles.find(blog.resolve("_posts"), List.of("**/*.md"), List.of());
    }

    private LintResult run(String fingerprint) throws IOException {
        return run(IncrementalIndex.load(indexFile, fingerprint));
    }

    /** A run in which every post's stamp counts as settled, however recently the test wrote it. */
    private LintResult runSettled() throws IOException {
        return run(IncrementalIndex.load(indexFile, "v1", Long.MAX_VALUE));
    }

    private LintResult run(IncrementalIndex index) throws IOException {
        LintResult result = linter.lint(blog, posts(), index);
        index.save(indexFile);
        return result;
    }

    @Test
    void replaysTheFindingsOfUnchangedPostsWithoutParsingThem() throws IOException {
        LintResult first = run("v1");

        LintResult second = run("v1");

        assertThat(first.postsParsed()).isEqualTo(3);
        assertThat(first.postsReplayed()).isZero();
        assertThat(second.postsParsed()).isZero();
        assertThat(second.postsReplayed()).isEqualTo(3);
        assertThat(second.findings()).isEqualTo(first.findings()).hasSize(3);
    }

    @Test
    void keepsEveryPartOfAPostsFindingsAndSummary() throws IOException {
        String digest = "_posts/2025-09-26-daily-papers.md";
        String notes = "_posts/2025-09-27-notes.md";
        String unreadable = "_posts/2025-09-28-daily-papers.md";
        // Text that JSON escapes, and half an emoji, which a rule that cuts a quotation short can leave.
        PostCheck digestCheck = new PostCheck(List.of(
                new Finding("alphaxiv-link", Severity.ERROR, digest, new Position(12, 14), new Position(12, 58),
                        "link 'https://www.alphaxiv.org/overview/2509.21114', the \"en\" page;\n 다음 😀 \uD83D",
                        List.of(TextEdit.delete(new Span(241, 245)), TextEdit.insert(250, "ko/"),
                                new TextEdit(new Span(260, 285), "\"제목\" 😀\\"))),
                new Finding("heading-trailing-space", Severity.WARNING, digest, new Position(18, 10),
                        new Position(18, 12), "heading '## Method' ends with 2 spaces; remove them", List.of())),
                Optional.of(new PostSummary(digest, Optional.of("daily-papers"),
                        Optional.of(new Located("2025-09-26", new Position(4, 7))),
                        List.of(new Located("2509.21114", new Position(9, 26)),
                                new Located("2509.21278", new Position(30, 26))),
                        List.of(new Located("papers", new Position(5, 8)),
                                new Located("허깅페이스", new Position(5, 16))),
                        List.of(new Directive("disable", Optional.of(Directive.Action.DISABLE),
                                List.of("duplicate-paper", "tag-consistency"), 10, new Span(200, 246)),
                                new Directive("disabel", Optional.empty(), List.of(), 11, new Span(247, 270))),
                        // Fingerprints span the whole range of a long, which JSON numbers must keep exactly.
                        List.of(new EntryText(OptionalInt.of(1), new Position(14, 3), Long.MIN_VALUE,
                                        Optional.of("2509.21114")),
                                new EntryText(OptionalInt.empty(), new Position(35, 1), -1L, Optional.empty()),
                                new EntryText(OptionalInt.of(3), new Position(50, 1), Long.MAX_VALUE,
                                        Optional.empty())))));
        PostCheck notesCheck = new PostCheck(List.of(), Optional.of(new PostSummary(notes, Optional.empty(),
                Optional.empty(), List.of(), List.of(), List.of(), List.of())));
        PostCheck unreadableCheck = new PostCheck(List.of(new Finding("unreadable-file", Severity.ERROR,
                unreadable, new Position(1, 1), new Position(1, 1), "cannot read this file: it is a folder",
                List.of())), Optional.empty());
        IncrementalIndex first = IncrementalIndex.load(indexFile, "v1");
        first.check(digest, given("digest"), post -> PackedCheck.pack(digestCheck));
        first.check(notes, given("notes"), post -> PackedCheck.pack(notesCheck));
        first.check(unreadable, given("unreadable"), post -> PackedCheck.pack(unreadableCheck));
        first.save(indexFile);

        IncrementalIndex second = IncrementalIndex.load(indexFile, "v1");

        assertThat(replayed(second, digest, "digest")).isEqualTo(digestCheck);
        assertThat(replayed(second, notes, "notes")).isEqualTo(notesCheck);
        assertThat(replayed(second, unreadable, "unreadable")).isEqualTo(unreadableCheck);
    }

    private static PostContent given(String text) {
        return PostContent.given(text.getBytes(StandardCharsets.UTF_8));
    }

    private static PostCheck replayed(IncrementalIndex index, String path, String content) throws IOException {
        return index.check(path, given(content), IncrementalIndexTest::parsedAgain)
                .unpack(path, UnaryOperator.identity());
    }

    private static PackedCheck parsedAgain(byte[] post) {
        throw new AssertionError("the index should have known this post");
    }

    @Test
    void findsWhatAFullCheckFindsWhenReplayedPostsMeetAChangedOne() throws IOException {
        writePost("2025-09-27-daily-papers.md", GOOD_DIGEST.replace("2025-09-26", "2025-09-27")
                .replace("# 1. [CHARM", "<!-- digest-lint-disable duplicate-paper -->\n# 2. [CHARM")
                .replace("alphaxiv.org/ko/overview", "alphaxiv.org/overview"));
        run("v1");
        writePost("2025-09-27-daily-papers-again.md", GOOD_DIGEST.replace("2025-09-26", "2025-09-27"));

        LintResult incremental = run("v1");
        LintResult full = linter.lint(blog, posts());

        assertThat(incremental.postsParsed()).isEqualTo(1);
        assertThat(incremental.findings()).isEqualTo(full.findings());
        assertThat(full.findings()).extracting(Finding::format).containsExactly(
                "_posts/2025-09-26-daily-papers.md:9:26: warning: paper 2509.21114 is also summarised in"
                        + " _posts/2025-09-27-daily-papers-again.md (2025-09-27) and _posts/2025-09-27-daily-papers.md"
                        + " (2025-09-27) [duplicate-paper]",
                "_posts/2025-09-26-daily-papers.md:18:10: warning: heading '## Method' ends with 2 spaces; remove"
                        + " them [heading-trailing-space]",
                "_posts/2025-09-27-daily-papers-again.md:4:7: error: another daily-papers digest has the same date"
                        + " 2025-09-27: _posts/2025-09-27-daily-papers.md [duplicate-date]",
                "_posts/2025-09-27-daily-papers-again.md:9:26: warning: paper 2509.21114 is also summarised in"
                        + " _posts/2025-09-26-daily-papers.md (2025-09-26) and _posts/2025-09-27-daily-papers.md"
                        + " (2025-09-27) [duplicate-paper]",
                "_posts/2025-09-27-daily-papers.md:4:7: error: another daily-papers digest has the same date"
                        + " 2025-09-27: _posts/2025-09-27-daily-papers-again.md [duplicate-date]",
                "_posts/2025-09-27-daily-papers.md:10:3: error: the first entry is numbered 2; expected 1"
                        + " [entry-numbering]",
                "_posts/2025-09-27-daily-papers.md:12:14: error: entry 2's Alphaxiv link is"
                        + " 'https://www.alphaxiv.org/overview/2509.21114', the 'en' page; expected the 'ko' page,"
                        + " 'https://www.alphaxiv.org/ko/overview/2509.21114' [alphaxiv-link]",
                "_posts/2025-09-28-daily-papers.md:18:10: warning: heading '## Method' ends with 2 spaces; remove"
                        + " them [heading-trailing-space]");
    }

    @Test
    void parsesAChangedPostAndChecksItAgainstTheUnchangedOnes() throws IOException {
        run("v1");
        write("2025-09-28", "2509.21114");

        LintResult result = run("v1");

        assertThat(result.postsParsed()).isEqualTo(1);
        assertThat(result.findings()).filteredOn(finding -> finding.ruleId().equals("duplicate-paper"))
                .extracting(finding -> finding.path()).containsExactly("_posts/2025-09-26-daily-papers.md",
                        "_posts/2025-09-28-daily-papers.md");
    }

    @Test
    void leavesTheFileAloneWhenNothingChanged() throws IOException {
        run("v1");
        byte[] stored = Files.readAllBytes(indexFile);
        Files.setLastModifiedTime(indexFile, LONG_AGO);

        run("v1");

        assertThat(Files.getLastModifiedTime(indexFile)).isEqualTo(LONG_AGO);
        assertThat(indexFile).hasBinaryContent(stored);
    }

    @Test
    void savesWhatAChangedPostYields() throws IOException {
        run("v1");
        Files.setLastModifiedTime(indexFile, LONG_AGO);
        write("2025-09-28", "2509.21114");
        run("v1");

        LintResult next = run("v1");

        assertThat(Files.getLastModifiedTime(indexFile)).isNotEqualTo(LONG_AGO);
        assertThat(next.postsParsed()).isZero();
        assertThat(next.findings()).extracting(Finding::ruleId).contains("duplicate-paper");
    }

    @Test
    void startsAfreshForAnotherVersionOrConfiguration() throws IOException {
        run("v1");

        assertThat(run("v2").postsParsed()).isEqualTo(3);
        assertThat(run("v2").postsParsed()).isZero();
    }

    @Test
    void replacesAnIndexOfAnotherVersionEvenWithNoPostToCheck() throws IOException {
        run("v1");
        try (Stream<Path> posts = Files.list(blog.resolve("_posts"))) {
            for (Path post : posts.toList()) {
                Files.delete(post);
            }
        }

        run("v2");

        assertThat(indexText()).contains("v2").doesNotContain("v1").doesNotContain("2025-09-26");
    }

    /** The index file's bytes as chars, one for each byte: its ASCII strings read as they are. */
    private String indexText() throws IOException {
        return new String(Files.readAllBytes(indexFile), StandardCharsets.ISO_8859_1);
    }

    static Stream<Named<UnaryOperator<byte[]>>> damages() {
        return Stream.of(
                Named.of("not an index", index -> "{ not an index".getBytes(StandardCharsets.US_ASCII)),
                Named.of("empty", index -> new byte[0]),
                Named.of("cut in half", index -> Arrays.copyOf(index, index.length / 2)),
                Named.of("cut before its checksum's last byte", index -> Arrays.copyOf(index, index.length - 1)),
                Named.of("followed by more", index -> Arrays.copyOf(index, index.length + 1)),
                Named.of("a byte changed", index -> {
                    byte[] damaged = index.clone();
                    damaged[index.length / 2] ^= 1;
                    return damaged;
                }),
                Named.of("a post cut short, its checksum made to match",
                        index -> withChecksum(Arrays.copyOf(index, index.length - 5))));
    }

    /** The content of an index with a checksum that matches it, in place of its last four bytes. */
    private static byte[] withChecksum(byte[] content) {
        CRC32 checksum = new CRC32();
        checksum.update(content, 0, content.length - 4);
        ByteBuffer.wrap(content).putInt(content.length - 4, (int) checksum.getValue());
        return content;
    }

    @ParameterizedTest
    @MethodSource("damages")
    void startsAfreshFromADamagedIndex(UnaryOperator<byte[]> damage) throws IOException {
        List<Finding> full = run("v1").findings();
        byte[] stored = Files.readAllBytes(indexFile);
        Files.write(indexFile, damage.apply(stored.clone()));
        assertThat(indexFile).content().isNotEqualTo(stored);

        LintResult result = run("v1");

        assertThat(result.postsParsed()).isEqualTo(3);
        assertThat(result.findings()).isEqualTo(full);
        assertThat(indexFile).hasBinaryContent(stored);
    }

    /**
     * A record that does not read as a check though the file's checksum holds: its post is checked
     * afresh, the others are replayed.
     */
    @Test
    void checksAfreshThePostWhoseRecordIsDamaged() throws IOException {
        List<Finding> full = run("v1").findings();
        byte[] stored = Files.readAllBytes(indexFile);
        String message = "heading '## Method' ends with 2 spaces; remove them";
        int at = indexText().indexOf(message);
        assertThat(at).isPositive();
        byte[] damaged = stored.clone();
        // The byte before a short string is its length, doubled: one byte less misreads all that follows.
        assertThat(damaged[at - 1]).isEqualTo((byte) (message.length() * 2));
        damaged[at - 1] -= 2;
        Files.write(indexFile, withChecksum(damaged));

        LintResult result = run("v1");

        assertThat(result.postsParsed()).isEqualTo(1);
        assertThat(result.postsReplayed()).isEqualTo(2);
        assertThat(result.findings()).isEqualTo(full);
        assertThat(indexFile).hasBinaryContent(stored);
    }

    static Stream<Named<Integer>> layoutNumbers() {
        return Stream.of(Named.of("the file's layout", 4), Named.of("the packed checks' format", 8));
    }

    /**
     * The same file but for a number of its layout: read afresh, so that a file another build wrote
     * is never misread.
     */
    @ParameterizedTest
    @MethodSource("layoutNumbers")
    void startsAfreshFromAnIndexOfAnEarlierLayout(int numberAt) throws IOException {
        List<Finding> full = run("v1").findings();
        byte[] stored = Files.readAllBytes(indexFile);
        byte[] earlier = stored.clone();
        ByteBuffer layout = ByteBuffer.wrap(earlier);
        layout.putInt(numberAt, layout.getInt(numberAt) - 1);

        assertThat(run("v1").postsParsed()).isZero();
        Files.write(indexFile, withChecksum(earlier));
        LintResult result = run("v1");

        assertThat(result.postsParsed()).isEqualTo(3);
        assertThat(result.findings()).isEqualTo(full);
        assertThat(indexFile).hasBinaryContent(stored);
    }

    /** A post whose file has the stamp it had when it was checked is replayed without being read. */
    @Test
    void replaysAPostWhoseStampIsUnchangedWithoutReadingIt() throws IOException {
        LintResult first = runSettled();
        IncrementalIndex index = IncrementalIndex.load(indexFile, "v1", Long.MAX_VALUE);

        for (Path post : posts().files()) {
            String path = PostFiles.displayPath(blog, post);
            PostContent unreadable = PostContent.file(post, file -> {
                throw new AssertionError(path + " was read");
            });
            assertThat(index.check(path, unreadable, IncrementalIndexTest::parsedAgain).unpack(path,
                    UnaryOperator.identity()).findings())
                    .containsExactlyElementsOf(first.findings().stream()
                            .filter(finding -> finding.path().equals(path)).toList());
        }
    }

    /**
     * A post rewritten with its modification time set back, as {@code touch -r} or a copy that
     * keeps times can: the time of that change is the file's own, so the post is read again.
     */
    @Test
    void readsAPostRewrittenWithItsTimeSetBack() throws IOException {
        runSettled();
        Path post = blog.resolve("_posts/2025-09-27-daily-papers.md");
        FileTime checkedTime = Files.getLastModifiedTime(post);
        Files.writeString(post, Files.readString(post).replace("## Method  ", "## Methods "));
        Files.setLastModifiedTime(post, checkedTime);

        LintResult second = runSettled();

        assertThat(second.postsParsed()).isEqualTo(1);
        assertThat(second.findings()).extracting(Finding::message)
                .contains("heading '## Methods' ends with a space; remove it");
    }

    @Test
    void readsAPostWhoseTimeChangedAndStoresItsNewStamp() throws IOException {
        LintResult first = runSettled();
        Files.setLastModifiedTime(indexFile, LONG_AGO);
        Files.setLastModifiedTime(blog.resolve("_posts/2025-09-27-daily-papers.md"), FileTime.fromMillis(86_400_000));

        LintResult second = runSettled();
        FileTime saved = Files.getLastModifiedTime(indexFile);
        Files.setLastModifiedTime(indexFile, LONG_AGO);
        LintResult third = runSettled();

        assertThat(second.postsParsed()).isZero();
        assertThat(second.findings()).isEqualTo(first.findings());
        assertThat(saved).as("the new stamp is stored").isNotEqualTo(LONG_AGO);
        assertThat(third.postsParsed()).isZero();
        assertThat(Files.getLastModifiedTime(indexFile)).as("and then vouches for the post").isEqualTo(LONG_AGO);
    }

    /**
     * A post changed just before the run, or dated ahead of it, may change again within the same
     * tick of the file system's clock, keeping its stamp: its stamp does not vouch for it.
     */
    @Test
    void readsEveryRunAPostWhoseTimeIsNotSettled() throws IOException {
        Path post = blog.resolve("_posts/2025-09-27-daily-papers.md");
        FileTime ahead = FileTime.fromMillis(System.currentTimeMillis() + 3_600_000);
        Files.setLastModifiedTime(post, ahead);
        run("v1");
        Files.writeString(post, Files.readString(post).replace("## Method  ", "## Methods "));
        Files.setLastModifiedTime(post, ahead);

        LintResult second = run("v1");

        assertThat(second.postsParsed()).isEqualTo(1);
        assertThat(second.findings()).extracting(Finding::message)
                .contains("heading '## Methods' ends with a space; remove it");
    }

    @Test
    void forgetsDeletedPosts() throws IOException {
        run("v1");
        Files.delete(blog.resolve("_posts/2025-09-28-daily-papers.md"));
        run("v1");

        assertThat(indexText()).doesNotContain("2025-09-28");
    }
}
