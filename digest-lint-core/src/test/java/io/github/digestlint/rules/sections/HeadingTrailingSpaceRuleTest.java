package io.github.digestlint.rules.sections;

import static io.github.digestlint.Lint.DIGEST_PATH;
import static io.github.digestlint.Lint.GOOD_DIGEST;
import static io.github.digestlint.Lint.GOOD_FRONT_MATTER;
import static io.github.digestlint.Lint.findings;
import static io.github.digestlint.rules.Fixes.fixedStably;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadingTrailingSpaceRuleTest {

    private static List<String> check(String post) {
        return findings("heading-trailing-space", DIGEST_PATH, post);
    }

    @Test
    void acceptsHeadingsThatEndInText() {
        assertThat(check(GOOD_FRONT_MATTER + """

                # 1. [CHARM: Anime Hair](https://arxiv.org/abs/2509.21114)

                ## Method
                방법이다.
                """)).isEmpty();
    }

    @Test
    void leavesHardLineBreaksInTheBodyAlone() {
        assertThat(check(GOOD_FRONT_MATTER + """

                # 1. [CHARM: Anime Hair](https://arxiv.org/abs/2509.21114)

                ## Method
                첫 문장이다. \s
                둘째 문장이다. \s
                """)).isEmpty();
    }

    @Test
    void reportsTheFirstTrailingBlankOfEveryHeading() {
        // "\s" keeps the spaces before it: a text block drops blanks at the end of a line.
        assertThat(check(GOOD_FRONT_MATTER + """

                # 1. [CHARM: Anime Hair](https://arxiv.org/abs/2509.21114)\t

                ## Method \s
                방법이다.

                ## Results\s
                결과이다.
                """)).containsExactly(
                DIGEST_PATH + ":9:59: warning: heading '# 1. [CHARM: Anime Hair](https://arxiv.org/abs/2509.21114)'"
                        + " ends with a tab; remove it [heading-trailing-space]",
                DIGEST_PATH + ":11:10: warning: heading '## Method' ends with 2 spaces; remove them"
                        + " [heading-trailing-space]",
                DIGEST_PATH + ":14:11: warning: heading '## Results' ends with a space; remove it"
                        + " [heading-trailing-space]");
    }

    @Test
    void fixesHeadingsByDeletingTheirTrailingBlanksOnly() {
        String withHardBreak = GOOD_DIGEST.replace("방법이다.\n", "방법이다.  \n");
        String post = withHardBreak.replace("## Method\n", "## Method \t\n")
                .replace("(https://arxiv.org/abs/2509.21114)\n", "(https://arxiv.org/abs/2509.21114)\t\n");

        assertThat(fixedStably(DIGEST_PATH, post)).isEqualTo(withHardBreak);
    }

    @Test
    void keepsCrlfLineEndings() {
        String post = GOOD_DIGEST.replace("## Results\n", "## Results  \n").replace("\n", "\r\n");

        assertThat(fixedStably(DIGEST_PATH, post)).isEqualTo(GOOD_DIGEST.replace("\n", "\r\n"));
    }
}
