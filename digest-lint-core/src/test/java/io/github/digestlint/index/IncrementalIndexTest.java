package io.github.digestlint.index;

import static io.github.digestlint.Lint.GOOD_DIGEST;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.Lint;
import io.github.digestlint.engine.LintResult;
import io.github.digestlint.engine.Linter;
import io.github.digestlint.engine.PostCheck;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
        indexFile = blog.resolve("target/digest-lint/index.json");
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
        IncrementalIndex index = IncrementalIndex.load(indexFile, fingerprint);
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
        first.check(digest, bytes("digest"), post -> digestCheck);
        first.check(notes, bytes("notes"), post -> notesCheck);
        first.check(unreadable, bytes("unreadable"), post -> unreadableCheck);
        first.save(indexFile);

        IncrementalIndex second = IncrementalIndex.load(indexFile, "v1");

        assertThat(second.check(digest, bytes("digest"), IncrementalIndexTest::parsedAgain)).isEqualTo(digestCheck);
        assertThat(second.check(notes, bytes("notes"), IncrementalIndexTest::parsedAgain)).isEqualTo(notesCheck);
        assertThat(second.check(unreadable, bytes("unreadable"), IncrementalIndexTest::parsedAgain))
                .isEqualTo(unreadableCheck);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static PostCheck parsedAgain(byte[] post) {
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

        assertThat(Files.readString(indexFile)).contains("\"v2\"").doesNotContain("2025-09-26");
    }

    static Stream<Named<UnaryOperator<String>>> damages() {
        return Stream.of(
                Named.of("not JSON", index -> "{ not json"),
                Named.of("empty", index -> ""),
                Named.of("cut in half", index -> index.substring(0, index.length() / 2)),
                Named.of("cut before its last brace", index -> index.substring(0, index.length() - 1)),
                Named.of("followed by more", index -> index + "{}"),
                Named.of("a severity that does not exist", index -> index.replace("\"warning\"", "\"fatal\"")),
                Named.of("a line 0", index -> index.replaceFirst("\"warning\",\\d+", "\"warning\",0")),
                Named.of("a finding without its fixes", index -> index.replaceFirst(",\\[\\[\\d+,\\d+,\\d+]]]", "]")),
                Named.of("a message stored as null", index -> index.replaceFirst("\"heading [^\"]*\"", "null")),
                Named.of("a string that is not in the table",
                        index -> index.replaceFirst("(\"warning\",\\d+,\\d+,\\d+,\\d+),\\d+", "$1,999")),
                Named.of("no strings before the posts", index -> index.replaceFirst("\"strings\":\\[.*?],", "")),
                Named.of("a post stored as null",
                        index -> index.replaceFirst(":\\[\"[0-9a-f]{64}\".*?](?=,\"_posts/)", ":null")));
    }

    @ParameterizedTest
    @MethodSource("damages")
    void startsAfreshFromADamagedIndex(UnaryOperator<String> damage) throws IOException {
        List<Finding> full = run("v1").findings();
        String stored = Files.readString(indexFile);
        Files.writeString(indexFile, damage.apply(stored));
        assertThat(indexFile).content().isNotEqualTo(stored);

        LintResult result = run("v1");

        assertThat(result.postsParsed()).isEqualTo(3);
        assertThat(result.findings()).isEqualTo(full);
        assertThat(indexFile).content().isEqualTo(stored);
    }

    /**
     * The same file but for its layout number: reused as it is, read afresh with the number of the
     * layout before, so that a file another build wrote is never misread.
     */
    @Test
    void startsAfreshFromAnIndexOfTheEarlierLayout() throws IOException {
        List<Finding> full = run("v1").findings();
        String stored = Files.readString(indexFile);
        Matcher layout = Pattern.compile("\"layout\":(\\d+)").matcher(stored);
        assertThat(layout.find()).isTrue();
        String earlier = layout.replaceFirst("\"layout\":" + (Integer.parseInt(layout.group(1)) - 1));

        assertThat(run("v1").postsParsed()).isZero();
        Files.writeString(indexFile, earlier);
        LintResult result = run("v1");

        assertThat(result.postsParsed()).isEqualTo(3);
        assertThat(result.findings()).isEqualTo(full);
        assertThat(indexFile).content().isEqualTo(stored);
    }

    @Test
    void forgetsDeletedPosts() throws IOException {
        run("v1");
        Files.delete(blog.resolve("_posts/2025-09-28-daily-papers.md"));
        run("v1");

        assertThat(Files.readString(indexFile)).doesNotContain("2025-09-28");
    }
}
