package io.github.digestlint.rules.frontmatter;

import static io.github.digestlint.Lint.DIGEST_PATH;
import static io.github.digestlint.Lint.GOOD_FRONT_MATTER;
import static io.github.digestlint.Lint.findings;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleFormatRuleTest {

    private static String withTitle(String title) {
        return GOOD_FRONT_MATTER.replace("title: \"Daily Papers — 2025-09-26\"", "title: " + title);
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
}
