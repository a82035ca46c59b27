package io.github.digestlint.rules.frontmatter;

import static io.github.digestlint.Lint.GOOD_FRONT_MATTER;
import static io.github.digestlint.Lint.findings;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TitleQuotesRuleTest {

    private static final String PATH = "_posts/2025-09-07-daily-papers.md";

    private static String withTitle(String title) {
        return GOOD_FRONT_MATTER.replace("title: \"Daily Papers — 2025-09-26\"", "title: " + title);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"Daily Papers — 2025-09-07\"", "'Daily Papers — 2025-09-07'",
            "Daily Papers — 2025-09-07", "\"Papers \\\"on\\\" quotes\"", "'It''s a title'"})
    void acceptsBalancedTitles(String title) {
        assertThat(findings("title-quotes", PATH, withTitle(title))).isEmpty();
    }

    @Test
    void reportsAClosingQuoteWithoutAnOpeningOne() {
        assertThat(findings("title-quotes", PATH, withTitle("Daily Papers — 2025-09-07\""))).containsExactly(
                PATH + ":3:8: error: title has a closing quote but no opening quote: Daily Papers — 2025-09-07\";"
                        + " expected \"Daily Papers — 2025-09-07\" [title-quotes]");
    }

    @Test
    void reportsAnOpeningQuoteInsideQuotes() {
        assertThat(findings("title-quotes", PATH, withTitle("'\"Daily Papers — 2025-09-07'"))).containsExactly(
                PATH + ":3:8: error: title has an opening quote but no closing quote: '\"Daily Papers — 2025-09-07';"
                        + " expected \"Daily Papers — 2025-09-07\" [title-quotes]");
    }

    @Test
    void reportsATitleQuotedTwice() {
        assertThat(findings("title-quotes", PATH, withTitle("'\"Daily Papers — 2025-09-07\"'"))).containsExactly(
                PATH + ":3:8: error: title is quoted twice, so the page shows the inner quotes:"
                        + " '\"Daily Papers — 2025-09-07\"'; expected \"Daily Papers — 2025-09-07\" [title-quotes]");
    }

    @Test
    void reportsAnUnbalancedQuoteInside() {
        assertThat(findings("title-quotes", PATH, withTitle("Daily \"Papers — 2025-09-07"))).containsExactly(
                PATH + ":3:8: error: title has an unbalanced double quote: Daily \"Papers — 2025-09-07;"
                        + " remove it or add its pair [title-quotes]");
    }
}
