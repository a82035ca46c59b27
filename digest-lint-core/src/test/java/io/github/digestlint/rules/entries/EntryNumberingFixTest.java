package io.github.digestlint.rules.entries;

import static io.github.digestlint.Lint.DIGEST_PATH;
import static io.github.digestlint.Lint.GOOD_FRONT_MATTER;
import static io.github.digestlint.Lint.findings;
import static io.github.digestlint.Lint.fixed;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntryNumberingFixTest {

    /**
     * A digest whose body, from line 9 on, is one entry per heading, four lines each. {@code <id>}
     * in a heading stands for its paper's arXiv id, and every entry has its Alphaxiv line, so that
     * only the numbers are left to fix.
     */
    private static String post(String... headings) {
        String[] ids = {"2509.21114", "2509.21278", "2509.21318", "2509.21106", "2509.20427"};
        StringBuilder post = new StringBuilder(GOOD_FRONT_MATTER);
        for (int i = 0; i < headings.length; i++) {
            post.append('\n').append(headings[i].replace("<id>", ids[i])).append("\n\n")
                    .append("> [Alphaxiv](https://www.alphaxiv.org/ko/overview/").append(ids[i]).append(")\n");
        }
        return post.toString();
    }

    @Test
    void renumbersTheEntriesByTheirPlace() {
        assertThat(fixed(DIGEST_PATH, post(
                "# 0. [CHARM](https://arxiv.org/abs/<id>)",
                "# 1. [FLUX](https://arxiv.org/abs/<id>)",
                "# 1. [SD3.5-Flash](https://arxiv.org/abs/<id>)",
                "#  12. [BESPOKE](https://arxiv.org/abs/<id>)",
                "# 5. [Video](https://arxiv.org/abs/<id>)")))
                .isEqualTo(post(
                        "# 1. [CHARM](https://arxiv.org/abs/<id>)",
                        "# 2. [FLUX](https://arxiv.org/abs/<id>)",
                        "# 3. [SD3.5-Flash](https://arxiv.org/abs/<id>)",
                        "#  4. [BESPOKE](https://arxiv.org/abs/<id>)",
                        "# 5. [Video](https://arxiv.org/abs/<id>)"));
    }

    @Test
    void countsAnEntryWithoutANumberAndLeavesItsHeading() {
        assertThat(fixed(DIGEST_PATH, post(
                "# 1. [CHARM](https://arxiv.org/abs/<id>)",
                "# [FLUX](https://arxiv.org/abs/<id>)",
                "# 2. [SD3.5-Flash](https://arxiv.org/abs/<id>)")))
                .isEqualTo(post(
                        "# 1. [CHARM](https://arxiv.org/abs/<id>)",
                        "# [FLUX](https://arxiv.org/abs/<id>)",
                        "# 3. [SD3.5-Flash](https://arxiv.org/abs/<id>)"));
    }

    @Test
    void leavesANumberThatIsNotRightAfterTheMarkers() {
        String post = post(
                "# 1. [CHARM](https://arxiv.org/abs/<id>)",
                "# <a id=\"p2\"></a>3. [FLUX](https://arxiv.org/abs/<id>)");

        String fixed = fixed(DIGEST_PATH, post);

        assertThat(fixed).isEqualTo(post);
        assertThat(findings("entry-numbering", DIGEST_PATH, fixed)).containsExactly(DIGEST_PATH
                + ":13:3: error: number 3 breaks the sequence 1, 2, 3…; expected 2 [entry-numbering]");
    }

    @Test
    void keepsWindowsLineEndings() {
        String post = post(
                "# 1. [CHARM](https://arxiv.org/abs/<id>)",
                "# 3. [FLUX](https://arxiv.org/abs/<id>)").replace("\n", "\r\n");

        assertThat(fixed(DIGEST_PATH, post)).isEqualTo(post(
                "# 1. [CHARM](https://arxiv.org/abs/<id>)",
                "# 2. [FLUX](https://arxiv.org/abs/<id>)").replace("\n", "\r\n"));
    }

    @Test
    void fixingTwiceChangesNothingTheSecondTime() {
        String once = fixed(DIGEST_PATH, post(
                "# 2. [CHARM](https://arxiv.org/abs/<id>)",
                "# 2. [FLUX](https://arxiv.org/abs/<id>)",
                "# 7. [SD3.5-Flash](https://arxiv.org/abs/<id>)"));

        assertThat(fixed(DIGEST_PATH, once)).isEqualTo(once);
        assertThat(findings("entry-numbering", DIGEST_PATH, once)).isEmpty();
    }
}
