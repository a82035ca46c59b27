package io.github.digestlint.rules.frontmatter;

import static io.github.digestlint.Lint.DIGEST_PATH;
import static io.github.digestlint.Lint.GOOD_DIGEST;
import static io.github.digestlint.Lint.GOOD_FRONT_MATTER;
import static io.github.digestlint.Lint.findings;
import static io.github.digestlint.rules.Fixes.fixedStably;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.Lint;
import io.github.digestlint.source.SourceText;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TitleQuotesRuleTest {

    private static final String PATH = "_posts/2025-09-07-daily-papers.md";

    private static final String ORDINARY_PATH = "_posts/2025-09-26-seoul.md";
    private static final String GOOD_TITLE = "title: \"Daily Papers — 2025-09-26\"";

    private static String withTitle(String title) {
        return GOOD_FRONT_MATTER.replace(GOOD_TITLE, "title: " + title);
    }

    /** The digest every rule accepts, with another title line; the post's day is 2025-09-26. */
    private static String digestWithTitle(String title) {
        return GOOD_DIGEST.replace(GOOD_TITLE, "title: " + title);
    }

    /** A post that is not a digest, so its title has no pattern to follow. */
    private static String ordinaryWithTitle(String title) {
        return withTitle(title) + "\n서울 여행기이다.\n";
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

    /** Of two titles Jekyll shows the last, so a stray quote in the first is not on the page. */
    @Test
    void readsTheLastOfTwoTitlesAsJekyllDoes() {
        String strayQuote = "Daily Papers — 2025-09-07\"";
        String balanced = "\"Daily Papers — 2025-09-07\"";

        assertThat(findings("title-quotes", PATH, withTitle(strayQuote + "\ntitle: " + balanced))).isEmpty();
        assertThat(findings("title-quotes", PATH, withTitle(balanced + "\ntitle: " + strayQuote))).containsExactly(
                PATH + ":4:8: error: title has a closing quote but no opening quote: Daily Papers — 2025-09-07\";"
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

    @Test
    void fixesAStrayQuoteInADigestToTheKindsTitle() {
        assertThat(fixedStably(DIGEST_PATH, digestWithTitle("Daily Papers — 2025-09-26\""))).isEqualTo(GOOD_DIGEST);
    }

    @Test
    void fixesADigestTitleWithTheDayOfThePost() {
        // title-format fires on the wrong day as well; both rules write the same title.
        assertThat(fixedStably(DIGEST_PATH, digestWithTitle("'\"Daily Papers — 2025-09-25\"'")))
                .isEqualTo(GOOD_DIGEST);
    }

    @Test
    void rewritesOnlyTheTitleValue() {
        String post = digestWithTitle("Daily Papers — 2025-09-26\"   # written by the script");

        assertThat(fixedStably(DIGEST_PATH, post))
                .isEqualTo(digestWithTitle("\"Daily Papers — 2025-09-26\"   # written by the script"));
    }

    @Test
    void keepsCrlfLineEndings() {
        String post = digestWithTitle("Daily Papers — 2025-09-26\"").replace("\n", "\r\n");

        assertThat(fixedStably(DIGEST_PATH, post)).isEqualTo(GOOD_DIGEST.replace("\n", "\r\n"));
    }

    @Test
    void removesTheStrayQuotesOfAnOrdinaryPostsTitle() {
        String expected = ordinaryWithTitle("\"My trip to Seoul\"");

        assertThat(fixedStably(ORDINARY_PATH, ordinaryWithTitle("My trip to Seoul\""))).isEqualTo(expected);
        assertThat(fixedStably(ORDINARY_PATH, ordinaryWithTitle("'\"My trip to Seoul'"))).isEqualTo(expected);
        assertThat(fixedStably(ORDINARY_PATH, ordinaryWithTitle("'\"My trip to Seoul\"'"))).isEqualTo(expected);
    }

    @Test
    void escapesQuotesAndBackslashesInTheRepairedTitle() {
        String fixed = fixedStably(ORDINARY_PATH, ordinaryWithTitle("'\"Say \"hi\" to C:\\temp\"'"));

        assertThat(fixed).isEqualTo(ordinaryWithTitle("\"Say \\\"hi\\\" to C:\\\\temp\""));
        assertThat(Lint.parse(ORDINARY_PATH, fixed).data().flatMap(data -> data.scalar("title")))
                .hasValueSatisfying(title -> assertThat(title.value()).isEqualTo("Say \"hi\" to C:\\temp"));
    }

    @Test
    void leavesAnUnbalancedQuoteForTheBloggerToPlace() {
        // Removing the closing quote of the second title would leave the one inside unbalanced.
        for (String title : new String[] {"My \"trip to Seoul", "My trip to \"Seoul\""}) {
            String post = ordinaryWithTitle(title);

            String fixed = fixedStably(ORDINARY_PATH, post);

            assertThat(fixed).isEqualTo(post);
            assertThat(findings("title-quotes", ORDINARY_PATH, fixed)).hasSize(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"title: &title Daily Papers — 2025-09-26\"", "title: !!str Daily Papers — 2025-09-26\"",
            "title: Daily Papers —\n  2025-09-26\"", "series: &title Daily Papers — 2025-09-26\"\ntitle: *title"})
    void leavesATitleAloneWhereItsTextIsNotAllItsSpanHolds(String lines) {
        String post = GOOD_DIGEST.replace(GOOD_TITLE, lines);

        String fixed = fixedStably(DIGEST_PATH, post);

        assertThat(fixed).isEqualTo(post);
        assertThat(findings("title-quotes", DIGEST_PATH, fixed)).hasSize(1);
    }

    @Test
    void fixesThePublishedPostWithTheStrayQuote() throws IOException {
        String post;
        try (InputStream published = getClass().getResourceAsStream("/corpus/" + PATH)) {
            post = SourceText.decode(published.readAllBytes()).text();
        }

        assertThat(fixedStably(PATH, post).lines().skip(2).findFirst())
                .hasValue("title: \"Daily Papers — 2025-09-07\"");
    }
}
