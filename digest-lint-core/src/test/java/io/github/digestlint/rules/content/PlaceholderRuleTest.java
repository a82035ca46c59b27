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

class PlaceholderRuleTest {

    /** One complete entry; Goal on line 14, the Limitations' text on line 25. */
    private static final String POST = GOOD_DIGEST;

    private static List<String> check(String post) {
        return findings("placeholder", DIGEST_PATH, post);
    }

    @Test
    void acceptsSectionsWithContent() {
        assertThat(check(POST)).isEmpty();
        assertThat(check(POST.replace("한계이다.", "한계는 본문에 명시되어 있지 않아 정보 부족이다."))).isEmpty();
    }

    @Test
    void reportsTheMissingInformationPlaceholderWithOrWithoutAnEnding() {
        assertThat(check(POST.replace("한계이다.", "정보 부족"))).containsExactly(DIGEST_PATH + ":25:1: warning:"
                + " section 'Limitations' of entry 1 holds only the placeholder '정보 부족'; write what the paper says"
                + " there [placeholder]");
        assertThat(check(POST.replace("한계이다.", "정보  부족."))).containsExactly(DIGEST_PATH + ":25:1: warning:"
                + " section 'Limitations' of entry 1 holds only the placeholder '정보  부족.'; write what the paper"
                + " says there [placeholder]");
    }

    @Test
    void reportsAPlaceholderInABulletInAnyLetterCase() {
        assertThat(check(POST.replace("- Goal: 목표이다.", "- Goal: tbd").replace("결과이다.", "- n/a"))).containsExactly(
                DIGEST_PATH + ":14:9: warning: the 'Goal:' bullet of entry 1 holds only the placeholder 'tbd'; write"
                        + " what the paper says there [placeholder]",
                DIGEST_PATH + ":22:3: warning: section 'Results' of entry 1 holds only the placeholder 'n/a'; write"
                        + " what the paper says there [placeholder]");
    }

    @Test
    void takesItsPlaceholdersFromItsOption() throws ConfigurationException {
        Configuration configuration = Lint.configuration(
                SourceText.of("rules:\n  placeholder:\n    placeholders: [해당 없음, 정보 부족이다]\n"));
        String post = POST.replace("한계이다.", "해당 없음.").replace("결과이다.", "정보 부족")
                .replace("결론이다.", "정보 부족이다.");

        assertThat(findings("placeholder", configuration, DIGEST_PATH, post)).containsExactly(
                DIGEST_PATH + ":25:1: warning: section 'Limitations' of entry 1 holds only the placeholder '해당 없음.';"
                        + " write what the paper says there [placeholder]",
                DIGEST_PATH + ":28:1: warning: section 'Conclusion' of entry 1 holds only the placeholder '정보"
                        + " 부족이다.'; write what the paper says there [placeholder]");
    }
}
