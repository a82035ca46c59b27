package io.github.digestlint.rules.frontmatter;

import static io.github.digestlint.Lint.DIGEST_PATH;
import static io.github.digestlint.Lint.GOOD_DIGEST;
import static io.github.digestlint.Lint.GOOD_FRONT_MATTER;
import static io.github.digestlint.Lint.findings;
import static io.github.digestlint.rules.Fixes.fixedStably;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleFormatRuleTest {

    private static final String GOOD_TITLE = "title: \"Daily Papers — 2025-09-26\"";

    private static String withTitle(String title) {
        return GOOD_FRONT_MATTER.replace(GOOD_TITLE, "title: " + title);
    }

    /** The digest every rule accepts, with another title line. */
    private static String digestWithTitle(String title) {
        return GOOD_DIGEST.replace(GOOD_TITLE, "title: " + title);
    }

    @Test
    void acceptsTheKindsTitleWithThePostsDate() {
        assertThat(findings("title-format", DIGEST_PATH, GOOD_FRONT_MATTER)).isEmpty();
    }

    @Test
    void leavesStrayQuotesToTitleQuotes() {
        assertThat(findings("title-format", DIGEST_PATH, withTitle("Daily Papers — 2025-09-26\""))).isEmpty();
    }

    @Test
    void leavesOrdinaryPostsAlone() {
        String post = withTitle("\"My trip to Seoul\"");

        assertThat(findings("title-format", "_posts/2025-09-26-seoul.md", post)).isEmpty();
    }

    @Test
    void reportsAnotherDay() {
        assertThat(findings("title-format", DIGEST_PATH, withTitle("\"Daily Papers — 2025-09-25\""))).containsExactly(
                DIGEST_PATH + ":3:8: error: title is \"Daily Papers — 2025-09-25\"; expected"
                        + " \"Daily Papers — 2025-09-26\" [title-format]");
    }

    @Test
    void explainsAHyphenWhereAnEmDashBelongs() {
        assertThat(findings("title-format", DIGEST_PATH, withTitle("\"Daily Papers - 2025-09-26\""))).containsExactly(
                DIGEST_PATH + ":3:8: error: title is \"Daily Papers - 2025-09-26\"; expected"
                        + " \"Daily Papers — 2025-09-26\" (the dash is an em dash, U+2014) [title-format]");
    }

    @Test
    void takesTheDayFromTheFileNameWhenTheDateIsMissing() {
        String post = withTitle("\"Daily Papers\"").replace("date: 2025-09-26 08:15:00\n", "");

        assertThat(findings("title-format", DIGEST_PATH, post)).containsExactly(DIGEST_PATH + ":3:8: error: title is"
                + " \"Daily Papers\"; expected \"Daily Papers — 2025-09-26\" [title-format]");
    }

    @Test
    void fixesTheTitleToTheKindsTitleDoubleQuoted() {
        assertThat(fixedStably(DIGEST_PATH, digestWithTitle("\"Daily Papers - 2025-09-26\""))).isEqualTo(GOOD_DIGEST);
        assertThat(fixedStably(DIGEST_PATH, digestWithTitle("'Daily Papers — 2025-09-25'"))).isEqualTo(GOOD_DIGEST);
        assertThat(fixedStably(DIGEST_PATH, digestWithTitle("Daily Papers"))).isEqualTo(GOOD_DIGEST);
    }

    @Test
    void fixesTheTitleWithTheFileNamesDayWhenTheDateIsMissing() {
        String post = digestWithTitle("\"Daily Papers\"").replace("date: 2025-09-26 08:15:00\n", "");

        assertThat(fixedStably(DIGEST_PATH, post))
                .isEqualTo(GOOD_DIGEST.replace("date: 2025-09-26 08:15:00\n", ""));
    }

    @Test
    void keepsCrlfLineEndings() {
        String post = digestWithTitle("\"Daily Papers - 2025-09-26\"").replace("\n", "\r\n");

        assertThat(fixedStably(DIGEST_PATH, post)).isEqualTo(GOOD_DIGEST.replace("\n", "\r\n"));
    }

    @Test
    void leavesATitleWrittenOnSeveralLinesAsItIs() {
        // Rewriting it on one line would take its line break with it.
        String post = digestWithTitle("Daily Papers -\n  2025-09-26");

        String fixed = fixedStably(DIGEST_PATH, post);

        assertThat(fixed).isEqualTo(post);
        assertThat(findings("title-format", DIGEST_PATH, fixed)).hasSize(1);
    }
}
