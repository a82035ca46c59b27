package io.github.digestlint.rules.sections;

import static io.github.digestlint.Lint.DIGEST_PATH;
import static io.github.digestlint.Lint.GOOD_DIGEST;
import static io.github.digestlint.Lint.findings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmptySectionRuleTest {

    /** One complete entry; its section headings are on lines 13, 18, 21, 24 and 27. */
    private static final String POST = GOOD_DIGEST;

    private static List<String> check(String post) {
        return findings("empty-section", DIGEST_PATH, post);
    }

    @Test
    void acceptsSectionsWithText() {
        assertThat(check(POST)).isEmpty();
    }

    @Test
    void acceptsThePlaceholderForMissingInformation() {
        assertThat(check(POST.replace("한계이다.", "정보 부족"))).isEmpty();
    }

    @Test
    void reportsAHeadingFollowedByTheNextHeading() {
        assertThat(check(POST.replace("결과이다.\n", "")))
                .containsExactly(DIGEST_PATH + ":21:1: error: section 'Results' of entry 1 is empty; write its text"
                        + " below the heading [empty-section]");
    }

    @Test
    void reportsTheLastSectionOfThePost() {
        assertThat(check(POST.replace("결론이다.\n", "")))
                .containsExactly(DIGEST_PATH + ":27:1: error: section 'Conclusion' of entry 1 is empty; write its"
                        + " text below the heading [empty-section]");
    }

    @Test
    void takesACommentOrARuleForNothing() {
        String post = POST.replace("결과이다.", "<!-- TODO -->").replace("한계이다.", "---");

        assertThat(check(post)).containsExactly(
                DIGEST_PATH + ":21:1: error: section 'Results' of entry 1 is empty; write its text below the heading"
                        + " [empty-section]",
                DIGEST_PATH + ":24:1: error: section 'Limitations' of entry 1 is empty; write its text below the"
                        + " heading [empty-section]");
    }
}
