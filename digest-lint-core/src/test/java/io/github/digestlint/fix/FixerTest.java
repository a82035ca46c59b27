package io.github.digestlint.fix;

import static io.github.digestlint.Lint.GOOD_DIGEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.digestlint.Lint;
import io.github.digestlint.config.Configuration;
import io.github.digestlint.engine.Linter;
import io.github.digestlint.engine.PostFiles;
import io.github.digestlint.model.Post;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.Finding;
import io.github.digestlint.rule.PostRule;
import io.github.digestlint.rule.Reporter;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;
import io.github.digestlint.source.AtomicFile;
import io.github.digestlint.source.SourceText;
import io.github.digestlint.source.Span;
import io.github.digestlint.source.TextEdit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixerTest {

    private static final String PATH = "_posts/2025-09-26-daily-papers.md";

    private static final String GOOD_TITLE = "title: \"Daily Papers — 2025-09-26\"";
    private static final String STRAY_QUOTE_TITLE = "title: Daily Papers — 2025-09-26\"";

    private final Fixer fixer = new Fixer(new Linter(Lint.EVERY_RULE));

    @Test
    void repairsTheTitleQuoteThatBreaksTheFrontMatter() {
        String broken = GOOD_DIGEST.replace("title: \"Daily Papers — 2025-09-26\"", "title: \"Daily Papers — 2025-09-26");

        assertThat(Lint.findings("title-quotes", PATH, broken)).containsExactly(PATH + ":3:8: error: title has an"
                + " opening quote but no closing quote, so the front matter is not valid YAML: \"Daily Papers —"
                + " 2025-09-26; expected \"Daily Papers — 2025-09-26\" [title-quotes]");
        FixResult result = fixer.fix(PATH, SourceText.of(broken));
        assertThat(result.fixed()).isEqualTo(GOOD_DIGEST);
        assertThat(result.fixesByRule()).containsEntry("title-quotes", 1);
    }

    /**
     * Jekyll shows the last of two titles, so the stray quote in the first is not on the page: the
     * one finding is the key given twice, and its repair deletes the title that Jekyll ignores.
     */
    @Test
    void deletesTheFirstOfTwoTitlesWhichJekyllIgnores() {
        String twoTitles = GOOD_DIGEST.replace(GOOD_TITLE, STRAY_QUOTE_TITLE + "\n" + GOOD_TITLE);

        assertThat(Lint.findings(PATH, twoTitles)).containsExactly(PATH + ":4:1: error: key 'title' is given twice"
                + " (also on line 3); Jekyll uses only this last one, so delete the one on line 3 [front-matter-keys]");
        FixResult result = fixer.fix(PATH, SourceText.of(twoTitles));
        assertThat(result.fixed()).isEqualTo(GOOD_DIGEST);
        assertThat(result.fixesByRule()).containsExactly(entry("front-matter-keys", 1));
    }

    /** The title that Jekyll shows is the last: its stray quote is a finding, repaired with the key given twice. */
    @Test
    void repairsTheSecondOfTwoTitlesWhichJekyllShows() {
        String twoTitles = GOOD_DIGEST.replace(GOOD_TITLE, GOOD_TITLE + "\n" + STRAY_QUOTE_TITLE);

        assertThat(Lint.findings(PATH, twoTitles)).containsExactly(
                PATH + ":4:1: error: key 'title' is given twice (also on line 3); Jekyll uses only this last one,"
                        + " so delete the one on line 3 [front-matter-keys]",
                PATH + ":4:8: error: title has a closing quote but no opening quote: Daily Papers — 2025-09-26\";"
                        + " expected \"Daily Papers — 2025-09-26\" [title-quotes]");
        FixResult result = fixer.fix(PATH, SourceText.of(twoTitles));
        assertThat(result.fixed()).isEqualTo(GOOD_DIGEST);
        assertThat(result.fixesByRule()).containsExactly(entry("front-matter-keys", 1), entry("title-quotes", 1));
    }

    /**
     * The case the fuzz test found: the second title lacks its closing quote, so the front matter
     * is not YAML and the first title shows only once the quote is repaired. Before, that first
     * title was then repaired too, into a copy of the second.
     */
    @Test
    void keepsOneTitleWhenTheSecondBreaksTheFrontMatter() {
        String twoTitles = GOOD_DIGEST.replace(GOOD_TITLE, STRAY_QUOTE_TITLE + "\ntitle: \"Daily Papers");

        FixResult result = fixer.fix(PATH, SourceText.of(twoTitles));

        assertThat(result.fixed()).isEqualTo(GOOD_DIGEST);
        assertThat(result.fixesByRule()).containsExactly(entry("front-matter-keys", 1), entry("title-quotes", 1));
    }

    @Test
    void leavesAPostUntouchedWhoseFrontMatterIsBrokenOtherwise() {
        String broken = GOOD_DIGEST.replace("title: \"Daily Papers — 2025-09-26\"", "title: Daily: Papers  ")
                .replace("## Method", "## Method  ");

        FixResult result = fixer.fix(PATH, SourceText.of(broken));

        assertThat(result.changed()).isFalse();
        assertThat(result.refused()).hasValue("its front matter cannot be parsed");
        assertThat(result.remaining()).isNotEmpty();
    }

    @Test
    void leavesTextThatIsNotUtf8Untouched() {
        byte[] bytes = (GOOD_DIGEST.replace("## Method", "## Method  ") + "\u00e9").getBytes(StandardCharsets.ISO_8859_1);

        FixResult result = fixer.fix(PATH, SourceText.decode(bytes));

        assertThat(result.changed()).isFalse();
        assertThat(result.refused()).hasValue("it is not UTF-8 text");
    }

    @Test
    void keepsTheByteOrderMark() {
        String post = "\uFEFF" + GOOD_DIGEST.replace("## Method", "## Method  ");

        FixResult result = fixer.fix(PATH, SourceText.decode(post.getBytes(StandardCharsets.UTF_8)));

        assertThat(new String(result.bytes(), StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + GOOD_DIGEST);
    }

    /** A repair that always enables another must not loop for ever, nor stop without saying so. */
    @Test
    void saysSoWhenRepairsDoNotSettleWithinThePassLimit() {
        PostRule growing = new PostRule() {
            @Override
            public RuleMetadata metadata() {
                return new RuleMetadata("growing", "Always one more.", Severity.WARNING, true, Concern.CONTENT);
            }

            @Override
            public void check(Post post, Reporter reporter) {
                reporter.report(Span.at(0), "one more", List.of(TextEdit.insert(0, "x")));
            }
        };
        Fixer endless = new Fixer(new Linter(Configuration.defaults(List.of(growing))));

        FixResult result = endless.fix(PATH, SourceText.of("text"));

        assertThat(result.fixed()).isEqualTo("x".repeat(Fixer.MAX_PASSES) + "text");
        assertThat(result.converged()).isFalse();
        assertThat(fixer.fix(PATH, SourceText.of(GOOD_DIGEST)).converged()).isTrue();
    }

    /**
     * What fix says remains is what the next check reports, the rules across posts included: here
     * a paper summarised on two days, which no repair removes.
     */
    @Test
    void reportsWhatRemainsAsTheNextCheckWould(@TempDir Path blog) throws IOException {
        Path posts = Files.createDirectories(blog.resolve("_posts"));
        Files.writeString(posts.resolve("2025-09-26-daily-papers.md"), GOOD_DIGEST.replace("## Method", "## Method  "));
        Files.writeString(posts.resolve("2025-09-27-daily-papers.md"), GOOD_DIGEST.replace("2025-09-26", "2025-09-27"));
        Files.createDirectory(posts.resolve("2025-09-28-folder.md"));
        PostFiles selected = PostFiles.find(posts, List.of("**/*.md"), List.of());
        List<Finding> remaining = new ArrayList<>();

        Fixer.FixRun run = fixer.fix(blog, selected, (file, path, result) -> {
            remaining.addAll(result.remaining());
            try {
                AtomicFile.write(file, result.bytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        remaining.addAll(run.unreadable());
        remaining.addAll(run.acrossPosts());

        assertThat(run.acrossPosts()).extracting(Finding::ruleId).containsExactly("duplicate-paper", "duplicate-paper");
        assertThat(run.unreadable()).extracting(Finding::ruleId).containsExactly("unreadable-file");
        assertThat(remaining).containsExactlyInAnyOrderElementsOf(
                new Linter(Lint.DEFAULTS).lint(blog, PostFiles.find(posts, List.of("**/*.md"), List.of())).findings());
    }
}
