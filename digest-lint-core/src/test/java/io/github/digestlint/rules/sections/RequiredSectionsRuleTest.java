package io.github.digestlint.rules.sections;

import static io.github.digestlint.Lint.DIGEST_PATH;
import static io.github.digestlint.Lint.GOOD_DIGEST;
import static io.github.digestlint.Lint.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.Lint;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequiredSectionsRuleTest {

    /** One complete entry; its headings are on lines 9, 13, 18, 21, 24 and 27. */
    private static final String POST = GOOD_DIGEST;

    /** A complete second entry but for its Results section. */
    private static final String SECOND_ENTRY = Lint.goodEntry(2, "Does FLUX Know Composition?", "2509.21278")
            .replace("## Results\n결과이다.\n\n", "");

    private static List<String> check(String post) {
        return findings("required-sections", DIGEST_PATH, post);
    }

    @Test
    void acceptsEverySectionOnceInOrder() {
        assertThat(check(POST)).isEmpty();
    }

    @Test
    void leavesTrailingSpacesToHeadingTrailingSpace() {
        assertThat(check(POST.replace("## Method\n", "## Method  \n").replace("## Results\n", "## Results\t\n")))
                .isEmpty();
    }

    @Test
    void reportsAMissingSectionAfterTheTextOfTheOneBeforeIt() {
        assertThat(check(POST + SECOND_ENTRY)).containsExactly(DIGEST_PATH
                + ":40:6: error: entry 2 has no 'Results' section; expected after 'Method' [required-sections]");
    }

    @Test
    void reportsAMissingFirstSectionBeforeTheNextOne() {
        String post = POST.replace("""
                ## Introduction
                - Goal: 목표이다.
                - Motivation: 동기이다.
                - Contribution: 기여이다.

                """, "");

        assertThat(check(post)).containsExactly(DIGEST_PATH
                + ":13:1: error: entry 1 has no 'Introduction' section; expected before 'Method' [required-sections]");
    }

    @Test
    void reportsSectionsCutOffAtTheEndOnce() {
        String post = POST.substring(0, POST.indexOf("## Results"));

        assertThat(check(post)).containsExactly(DIGEST_PATH + ":19:6: error: entry 1 has no 'Results', 'Limitations'"
                + " or 'Conclusion' sections; expected after 'Method' [required-sections]");
    }

    @Test
    void reportsAnEntryWithoutSectionsBelowItsAlphaxivLine() {
        String post = POST.substring(0, POST.indexOf("## Introduction"));

        assertThat(check(post)).containsExactly(DIGEST_PATH + ":11:62: error: entry 1 has no sections; expected"
                + " 'Introduction', 'Method', 'Results', 'Limitations' and 'Conclusion' [required-sections]");
    }

    @Test
    void reportsARepeatedSection() {
        String post = POST.replace("## Limitations", "## Results\n또 다른 결과이다.\n\n## Limitations");

        assertThat(check(post)).containsExactly(DIGEST_PATH + ":24:1: error: entry 1 has a second 'Results' section"
                + " (the first is on line 21); merge them, each section appears once [required-sections]");
    }

    @Test
    void reportsASectionOutOfOrder() {
        String post = POST.replace("""
                ## Results
                결과이다.

                ## Limitations
                한계이다.
                """, """
                ## Limitations
                한계이다.

                ## Results
                결과이다.
                """);

        assertThat(check(post)).containsExactly(DIGEST_PATH + ":24:1: error: section 'Results' of entry 1 is out of"
                + " order; expected after 'Method' [required-sections]");
    }

    @Test
    void reportsASectionAtTheWrongLevel() {
        assertThat(check(POST.replace("## Method", "### Method"))).containsExactly(DIGEST_PATH
                + ":18:1: error: section 'Method' is a level-3 heading; expected '## Method' [required-sections]");
    }

    @Test
    void suggestsTheSectionAHintLeftInTheHeadingMeans() {
        assertThat(check(POST.replace("## Method", "## Method (최대 3문장)"))).containsExactly(DIGEST_PATH
                + ":18:1: error: heading '## Method (최대 3문장)' is not a section name; did you mean '## Method'?"
                + " [required-sections]");
    }

    @Test
    void suggestsTheSectionAMisspelledHeadingMeans() {
        assertThat(check(POST.replace("## Limitations", "## Limitation").replace("## Results", "## results")))
                .containsExactly(
                        DIGEST_PATH + ":21:1: error: heading '## results' is not a section name; did you mean"
                                + " '## Results'? [required-sections]",
                        DIGEST_PATH + ":24:1: error: heading '## Limitation' is not a section name; did you mean"
                                + " '## Limitations'? [required-sections]");
    }

    @Test
    void reportsAHeadingThatIsNoSectionAndTheSectionItReplaced() {
        assertThat(check(POST.replace("## Method", "## 방법"))).containsExactly(
                DIGEST_PATH + ":16:22: error: entry 1 has no 'Method' section; expected after 'Introduction'"
                        + " [required-sections]",
                DIGEST_PATH + ":18:1: error: heading '## 방법' in entry 1 is not one of the sections 'Introduction',"
                        + " 'Method', 'Results', 'Limitations' or 'Conclusion'; rename or remove it"
                        + " [required-sections]");
    }
}
