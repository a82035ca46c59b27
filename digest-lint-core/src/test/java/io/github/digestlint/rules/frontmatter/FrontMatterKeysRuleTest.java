package io.github.digestlint.rules.frontmatter;

import static io.github.digestlint.Lint.GOOD_DIGEST;
import static io.github.digestlint.Lint.GOOD_FRONT_MATTER;
import static io.github.digestlint.Lint.findings;
import static io.github.digestlint.rules.Fixes.fixedStably;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.Lint;
import io.github.digestlint.engine.Linter;
import io.github.digestlint.source.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrontMatterKeysRuleTest {

    private static final String PATH = "_posts/2025-09-26-daily-papers.md";

    @Test
    void acceptsEveryRequiredKeyWithItsKindOfValue() {
        assertThat(findings("front-matter-keys", PATH, GOOD_FRONT_MATTER)).isEmpty();
    }

    @Test
    void acceptsBlockStyleLists() {
        String post = GOOD_FRONT_MATTER.replace("tags: [papers, hugginface]", "tags:\n  - papers\n  - hugginface");

        assertThat(findings("front-matter-keys", PATH, post)).isEmpty();
    }

    @Test
    void acceptsADateWithAnOffsetThatJekyllReadsButYamlDoesNotCallATimestamp() {
        String post = GOOD_FRONT_MATTER.replace("08:15:00", "08:15:00 +0900");

        assertThat(findings("front-matter-keys", PATH, post)).isEmpty();
    }

    /** Jekyll requires no key and reads tags written as text; the daily-papers kind requires its five keys. */
    @Test
    void requiresNoKeyOfAPostOfNoKind() {
        assertThat(findings("front-matter-keys", "_posts/2025-09-26-weekly-notes.md", "---\ntags: papers ai\n---\n"))
                .isEmpty();
        assertThat(findings("front-matter-keys", "_posts/2025-09-26-daily-papers.md", "---\ntags: papers ai\n---\n"))
                .hasSize(5);
    }

    /** Jekyll dates a draft without a date by its file's time. */
    @Test
    void asksNoDateOfADraft() {
        String draft = GOOD_FRONT_MATTER.replace("date: 2025-09-26 08:15:00\n", "");

        assertThat(findings("front-matter-keys", "_drafts/notes.md", draft)).isEmpty();
        assertThat(findings("front-matter-keys", "_posts/2025-09-26-notes.md", draft)).hasSize(1);
    }

    /** Examples come from the post at hand: its file name's day, its kind's title for that day. */
    @Test
    void takesItsExamplesFromThePost() {
        assertThat(findings("front-matter-keys", "_posts/2025-07-01-daily-papers.md", "---\nlayout: post\n"
                + "title: Test\ntags: []\ncategories: []\n---\n")).containsExactly("_posts/2025-07-01-daily-papers.md:6:1:"
                        + " error: front matter has no 'date' key; add 'date: 2025-07-01 00:00:00' [front-matter-keys]");
        assertThat(findings("front-matter-keys", "_posts/2025-07-01-daily-papers.md", GOOD_FRONT_MATTER
                .replace("title: \"Daily Papers — 2025-09-26\"", "title: [a, b]"))).containsExactly(
                        "_posts/2025-07-01-daily-papers.md:3:8: error: 'title' must be text, as in 'title: \"Daily"
                                + " Papers — 2025-07-01\"', but it is a list; put it in double quotes"
                                + " [front-matter-keys]");
        assertThat(findings("front-matter-keys", "_posts/notes.md", "---\nlayout: post\ntitle: Daily Papers\n"
                + "tags: []\ncategories: []\n---\n")).containsExactly("_posts/notes.md:6:1: error: front matter has"
                        + " no 'date' key; add 'date: YYYY-MM-DD HH:MM:SS' [front-matter-keys]");
    }

    @Test
    void reportsMissingKeysWhereTheyBelong() {
        String post = "---\nlayout: post\ntitle: \"Daily Papers — 2025-09-26\"\n---\n";

        assertThat(findings("front-matter-keys", PATH, post)).containsExactly(
                PATH + ":4:1: error: front matter has no 'categories' key; add 'categories: []' [front-matter-keys]",
                PATH + ":4:1: error: front matter has no 'date' key; add 'date: 2025-09-26 00:00:00'"
                        + " [front-matter-keys]",
                PATH + ":4:1: error: front matter has no 'tags' key; add 'tags: [papers]' [front-matter-keys]");
    }

    @Test
    void reportsAKeyGivenTwice() {
        String post = GOOD_FRONT_MATTER.replace("categories: []", "categories: []\nlayout: page");

        assertThat(findings("front-matter-keys", PATH, post)).containsExactly(PATH + ":7:1: error: key 'layout' is"
                + " given twice (also on line 2); Jekyll uses only this last one, so delete the one on line 2"
                + " [front-matter-keys]");
    }

    @Test
    void repairsAKeyGivenTwiceByDeletingTheFirstWhichJekyllIgnores() {
        String post = GOOD_DIGEST.replace("layout: post", "layout: page  # the old one\nlayout: post");

        assertThat(fixedStably(PATH, post)).isEqualTo(GOOD_DIGEST);
    }

    /** Each repeat's repair deletes the line before it, so that every line to delete is in check's findings. */
    @Test
    void repairsAKeyGivenThreeTimesByDeletingBothEarlierLines() {
        String post = GOOD_DIGEST.replace("categories: []", "categories: [a]\ncategories: [b]\ncategories: []");

        List<String> deleted = new Linter(Lint.DEFAULTS).lint(PATH, SourceText.of(post)).stream()
                .filter(finding -> finding.ruleId().equals("front-matter-keys"))
                .flatMap(finding -> finding.fix().stream())
                .map(edit -> post.substring(edit.span().start(), edit.span().end()) + edit.replacement()).toList();

        assertThat(deleted).containsExactly("categories: [a]\n", "categories: [b]\n");
        assertThat(fixedStably(PATH, post)).isEqualTo(GOOD_DIGEST);
    }

    /** A list over several lines is not deleted by line; an anchor could be what an alias further on refers to. */
    @ParameterizedTest
    @ValueSource(strings = {"tags:\n  - papers\ntags: [papers, hugginface]",
            "tags: &tags [papers, hugginface]\ntags: *tags"})
    void leavesAKeyGivenTwiceToTheAuthorWhereDeletingALineIsNotSafe(String tagsTwice) {
        String post = GOOD_DIGEST.replace("tags: [papers, hugginface]", tagsTwice);

        assertThat(findings("front-matter-keys", PATH, post)).singleElement().asString().contains("given twice");
        assertThat(fixedStably(PATH, post)).isEqualTo(post);
    }

    @Test
    void reportsValuesOfTheWrongKind() {
        String post = """
                ---
                layout: post
                title: 2025
                date: "2025-09-26 08:15:00"
                tags: papers
                categories:
                ---
                """;

        assertThat(findings("front-matter-keys", PATH, post)).containsExactly(
                PATH + ":3:8: error: 'title' must be text, as in 'title: \"Daily Papers — 2025-09-26\"', but it is"
                        + " a number; put it in double quotes [front-matter-keys]",
                PATH + ":4:7: error: 'date' must be a date and time, as in 'date: 2025-09-26 00:00:00', but it is"
                        + " text; remove the quotes [front-matter-keys]",
                PATH + ":5:7: error: 'tags' must be a list, as in 'tags: [papers]', but it is text"
                        + " [front-matter-keys]",
                PATH + ":6:12: error: 'categories' must be a list, as in 'categories: []', but it is empty"
                        + " [front-matter-keys]");
    }
}
