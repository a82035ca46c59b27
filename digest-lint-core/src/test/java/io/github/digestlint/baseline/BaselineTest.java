package io.github.digestlint.baseline;

import static io.github.digestlint.Lint.GOOD_DIGEST;
import static io.github.digestlint.Lint.goodEntry;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.Lint;
import io.github.digestlint.engine.LintResult;
import io.github.digestlint.engine.Linter;
import io.github.digestlint.engine.PostFiles;
import io.github.digestlint.index.IncrementalIndex;
import io.github.digestlint.rule.Finding;
import io.github.digestlint.source.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check against a baseline reports only what the baseline does not hold: a blog is baselined, a post
 * is edited, and the exact findings that are new, baselined or gone come out.
 */
class BaselineTest {

    private static final String POST = "_posts/2025-09-26-daily-papers.md";
    private static final String OTHER_POST = "_posts/2025-09-27-daily-papers.md";

    /** The good digest with a second entry; each entry has a "## Method" heading. */
    private static final String TWO_ENTRIES = GOOD_DIGEST + goodEntry(2, "Second Paper", "2509.21278");

    /** Another day's digest of other papers, with a stray quote in its title. */
    private static final String STRAY_QUOTE = TWO_ENTRIES.replace("2025-09-26", "2025-09-27")
            .replace("2509.21114", "2509.22001").replace("2509.21278", "2509.22002").replace("\ntitle: \"", "\ntitle: ");
    private static final String METHOD_1 = "_posts/2025-09-26-daily-papers.md:18:10: warning: heading '## Method' ends"
            + " with 2 spaces; remove them [heading-trailing-space]";
    private static final String TITLE = "_posts/2025-09-27-daily-papers.md:3:8: error: title has a closing quote but"
            + " no opening quote: Daily Papers — 2025-09-27\"; expected \"Daily Papers — 2025-09-27\" [title-quotes]";

    @TempDir
    Path blog;

    /** Every rule on: trailing spaces on a heading, off by default, make a finding easy to place and repeat. */
    private final Linter linter = new Linter(Lint.EVERY_RULE);

    @Test
    void aBlogCheckedAgainstItsOwnBaselineReportsNothing() throws IOException {
        write(POST, trailingSpaceOnFirstMethod(TWO_ENTRIES));
        write(OTHER_POST, STRAY_QUOTE);

        BaselineMatch match = baseline().match(check(), lines());

        assertThat(match.reported().findings()).isEmpty();
        assertThat(formatted(match.baselined())).containsExactly(METHOD_1, TITLE);
        assertThat(match.gone()).isEmpty();
    }

    @Test
    void aFindingKeepsItsBaselineWhenLinesAreAddedAboveIt() throws IOException {
        write(POST, trailingSpaceOnFirstMethod(TWO_ENTRIES));
        Baseline baseline = baseline();

        write(POST, trailingSpaceOnFirstMethod(TWO_ENTRIES).replace("---\n\n# 1.", "---\n\n\n\n# 1."));
        BaselineMatch match = baseline.match(check(), lines());

        assertThat(match.reported().findings()).isEmpty();
        assertThat(formatted(match.baselined())).containsExactly(
                "_posts/2025-09-26-daily-papers.md:20:10: warning: heading '## Method' ends with 2 spaces; remove them"
                        + " [heading-trailing-space]");
        assertThat(match.gone()).isEmpty();
    }

    @Test
    void editingTheFindingsLineMakesItNewAndItsEntryGone() throws IOException {
        write(POST, trailingSpaceOnFirstMethod(TWO_ENTRIES));
        Baseline baseline = baseline();

        write(POST, trailingSpaceOnFirstMethod(TWO_ENTRIES).replace("## Method  \n", "## Methods  \n"));
        BaselineMatch match = baseline.match(check(), lines());

        assertThat(formatted(match.reported().findings())).containsExactly(
                "_posts/2025-09-26-daily-papers.md:18:1: error: heading '## Methods' is not a section name; did you"
                        + " mean '## Method'? [required-sections]",
                "_posts/2025-09-26-daily-papers.md:18:11: warning: heading '## Methods' ends with 2 spaces; remove"
                        + " them [heading-trailing-space]");
        assertThat(match.baselined()).isEmpty();
        assertThat(match.gone()).extracting(BaselineEntry::format).containsExactly(
                "_posts/2025-09-26-daily-papers.md:18: heading '## Method' ends with 2 spaces; remove them"
                        + " [heading-trailing-space]");
    }

    @Test
    void aSecondIdenticalFindingIsNewTwoIdenticalFindingsNeedTwoEntries() throws IOException {
        write(POST, trailingSpaceOnFirstMethod(TWO_ENTRIES));
        Baseline baseline = baseline();

        write(POST, TWO_ENTRIES.replace("## Method\n", "## Method  \n"));
        BaselineMatch match = baseline.match(check(), lines());

        assertThat(formatted(match.reported().findings())).containsExactly(
                "_posts/2025-09-26-daily-papers.md:39:10: warning: heading '## Method' ends with 2 spaces; remove them"
                        + " [heading-trailing-space]");
        assertThat(formatted(match.baselined())).containsExactly(METHOD_1);
        assertThat(match.gone()).isEmpty();
    }

    @Test
    void aRepairedFindingIsReportedAsGoneWithWhereItWas() throws IOException {
        write(POST, trailingSpaceOnFirstMethod(TWO_ENTRIES));
        write(OTHER_POST, STRAY_QUOTE);
        Baseline baseline = baseline();

        write(POST, TWO_ENTRIES);
        BaselineMatch match = baseline.match(check(), lines());

        assertThat(match.reported().findings()).isEmpty();
        assertThat(formatted(match.baselined())).containsExactly(TITLE);
        assertThat(match.messages(".digest-lint-baseline.json", "mvn digest-lint:baseline", UnaryOperator.identity()))
                .containsExactly("1 finding is in the baseline .digest-lint-baseline.json and not reported",
                        "1 baselined finding no longer occurs: run mvn digest-lint:baseline to drop them",
                        "  _posts/2025-09-26-daily-papers.md:18: heading '## Method' ends with 2 spaces; remove them"
                                + " [heading-trailing-space]");
    }

    @Test
    void findingsReplayedFromTheIncrementalIndexMatchAsFreshOnesDo() throws IOException {
        write(POST, trailingSpaceOnFirstMethod(TWO_ENTRIES));
        Baseline baseline = baseline();
        Path index = IncrementalIndex.file(blog.resolve("target"));

        LintResult fresh = IncrementalIndex.run(index, "test", Lint.EVERY_RULE,
                cache -> linter.lint(blog, posts(), cache), warning -> { });
        LintResult replayed = IncrementalIndex.run(index, "test", Lint.EVERY_RULE,
                cache -> linter.lint(blog, posts(), cache), warning -> { });

        assertThat(replayed.postsReplayed()).isEqualTo(1);
        BaselineMatch fromIndex = baseline.match(replayed, lines());
        assertThat(fromIndex.reported().findings()).isEmpty();
        assertThat(formatted(fromIndex.baselined())).containsExactly(METHOD_1)
                .isEqualTo(formatted(baseline.match(fresh, lines()).baselined()));
    }

    @Test
    void aPostGivenAsAStandInIsFingerprintedByItsGivenText() throws IOException {
        write(POST, trailingSpaceOnFirstMethod(TWO_ENTRIES));
        Baseline baseline = baseline();
        String edited = trailingSpaceOnFirstMethod(TWO_ENTRIES).replace("---\n\n# 1.", "---\n\n\n# 1.");
        Files.delete(blog.resolve(POST));

        List<Finding> findings = linter.lint(POST, SourceText.of(edited));
        LintResult result = new LintResult(findings, List.of(POST), 1, 0, List.of());
        BaselineMatch match = baseline.match(result, new PostLines(blog, Map.of(POST, SourceText.of(edited))));

        assertThat(match.reported().findings()).isEmpty();
        assertThat(match.baselined()).hasSize(1);
    }

    private static String trailingSpaceOnFirstMethod(String post) {
        return post.replaceFirst("## Method\n", "## Method  \n");
    }

    private Baseline baseline() {
        return Baseline.of(check().findings(), lines());
    }

    private LintResult check() {
        return linter.lint(blog, posts());
    }

    private PostFiles posts() {
        try {
            return PostFiles.find(blog.resolve("_posts"), List.of("**/*.md"), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PostLines lines() {
        return new PostLines(blog);
    }

    private void write(String path, String text) throws IOException {
        Path file = blog.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static List<String> formatted(List<Finding> findings) {
        return findings.stream().map(Finding::format).toList();
    }
}
