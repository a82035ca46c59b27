package io.github.digestlint.rules.entries;

import static io.github.digestlint.Lint.DIGEST_PATH;
import static io.github.digestlint.Lint.GOOD_DIGEST;
import static io.github.digestlint.Lint.GOOD_FRONT_MATTER;
import static io.github.digestlint.Lint.findings;
import static io.github.digestlint.rules.Fixes.fixedStably;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleWhitespaceRuleTest {

    /** Findings on a digest whose line 9 is this entry heading; its title starts in column 7. */
    private static List<String> check(String heading) {
        return findings("title-whitespace", DIGEST_PATH, GOOD_FRONT_MATTER + "\n" + heading + "\n");
    }

    @Test
    void acceptsSingleSpaces() {
        assertThat(check("# 4. [Inverse IFEval: Can LLMs Follow Real Instructions?](https://arxiv.org/abs/2509.04292)"))
                .isEmpty();
    }

    @Test
    void reportsARunOfSpacesLeftByArxivLineWrapping() {
        String heading = "# 4. [Inverse IFEval: Can LLMs Follow   Real Instructions?]"
                + "(https://arxiv.org/abs/2509.04292)";

        assertThat(check(heading)).containsExactly(DIGEST_PATH + ":9:38: warning: title has 3 spaces where one space"
                + " belongs; expected \"Inverse IFEval: Can LLMs Follow Real Instructions?\" [title-whitespace]");
    }

    @Test
    void reportsATabAsABlankToo() {
        String heading = "# 4. [Inverse IFEval:\tCan LLMs Follow Real Instructions?](https://arxiv.org/abs/2509.04292)";

        assertThat(check(heading)).containsExactly(DIGEST_PATH + ":9:22: warning: title has a tab where one space"
                + " belongs; expected \"Inverse IFEval: Can LLMs Follow Real Instructions?\" [title-whitespace]");
    }

    @Test
    void reportsEveryProblemOfATitleInOneFindingAtTheFirst() {
        String heading = "# 4. [ Inverse  IFEval: Can LLMs Follow   Real Instructions? ]"
                + "(https://arxiv.org/abs/2509.04292)";

        assertThat(check(heading)).containsExactly(DIGEST_PATH + ":9:7: warning: title starts with a space, has several"
                + " spaces in a row in 2 places and ends with a space; expected \"Inverse IFEval: Can LLMs Follow Real"
                + " Instructions?\" [title-whitespace]");
    }

    @Test
    void readsOnlyTheLinkText() {
        assertThat(check("#  4.  [Inverse IFEval](https://arxiv.org/abs/2509.04292)  ")).isEmpty();
    }

    @Test
    void fixesTheTitleToSingleSpacesWithoutBlanksAtItsEnds() {
        String post = GOOD_DIGEST.replace("[CHARM: Anime Hair]", "[ CHARM:   Anime\tHair \t]");

        assertThat(fixedStably(DIGEST_PATH, post)).isEqualTo(GOOD_DIGEST);
    }

    @Test
    void fixesOnlyTheLinkText() {
        String post = GOOD_DIGEST.replace("# 1. [CHARM: Anime Hair]", "#  1.  [CHARM:  Anime Hair]");

        assertThat(fixedStably(DIGEST_PATH, post))
                .isEqualTo(GOOD_DIGEST.replace("# 1. [CHARM: Anime Hair]", "#  1.  [CHARM: Anime Hair]"));
    }

    @Test
    void keepsCrlfLineEndings() {
        String post = GOOD_DIGEST.replace("[CHARM: Anime Hair]", "[CHARM:   Anime Hair ]").replace("\n", "\r\n");

        assertThat(fixedStably(DIGEST_PATH, post)).isEqualTo(GOOD_DIGEST.replace("\n", "\r\n"));
    }
}
