package io.github.digestlint.rules.content;

import static io.github.digestlint.Lint.DIGEST_PATH;
import static io.github.digestlint.Lint.GOOD_DIGEST;
import static io.github.digestlint.Lint.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.Lint;
import io.github.digestlint.config.Configuration;
import io.github.digestlint.rule.ConfigurationException;
import io.github.digestlint.source.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntryLengthRuleTest {

    /**
     * One complete entry of 69 characters: the Introduction's 49 ("Goal: 목표이다.", two line
     * breaks, ...) and 5 for each other section. Its heading is on line 9.
     */
    private static final String POST = GOOD_DIGEST;

    private static List<String> check(String post) {
        return findings("entry-length", DIGEST_PATH, post);
    }

    private static Configuration max(int max) throws ConfigurationException {
        return Lint.configuration(
                SourceText.of("rules:\n  entry-length:\n    max: " + max + "\n"));
    }

    /** The post with a Method of {@code length} characters. */
    private static String withMethod(int length) {
        return POST.replace("방법이다.", "가".repeat(length - 3) + "이다.");
    }

    @Test
    void acceptsAnEntryOfAtMostAThousandCharacters() {
        assertThat(check(POST)).isEmpty();
        assertThat(check(withMethod(936))).isEmpty();
    }

    @Test
    void reportsAnEntryOverTheLimitAtItsHeadingWithItsLongestSection() {
        assertThat(check(withMethod(937))).containsExactly(DIGEST_PATH + ":9:1: warning: entry 1 is 1,001 characters"
                + " long; expected at most 1,000, so shorten it, starting with its longest section, 'Method' (937"
                + " characters) [entry-length]");
    }

    @Test
    void takesItsLimitFromItsOption() throws ConfigurationException {
        assertThat(findings("entry-length", max(68), DIGEST_PATH, POST)).containsExactly(DIGEST_PATH + ":9:1: warning:"
                + " entry 1 is 69 characters long; expected at most 68, so shorten it, starting with its longest"
                + " section, 'Introduction' (49 characters) [entry-length]");
        assertThat(findings("entry-length", max(69), DIGEST_PATH, POST)).isEmpty();
    }

    @Test
    void countsWhatAReaderSeesInCodePoints() throws ConfigurationException {
        String post = POST.replace("방법이다.", "[방법](https://example.com/a/long/address)이다.")
                .replace("결과이다.", "**𝒜𝒜**이다.");

        assertThat(findings("entry-length", max(69), DIGEST_PATH, post)).isEmpty();
    }
}
