package io.github.digestlint.rules.links;

import static io.github.digestlint.Lint.DIGEST_PATH;
import static io.github.digestlint.Lint.GOOD_FRONT_MATTER;
import static io.github.digestlint.Lint.findings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArxivIdRuleTest {

    /** The findings on a digest whose body, from line 9 on, is {@code body}. */
    private static List<String> check(String body) {
        return findings("arxiv-id", DIGEST_PATH, GOOD_FRONT_MATTER + "\n" + body);
    }

    @Test
    void acceptsIdsOfEveryEraUpToThePostsMonth() {
        assertThat(check("""
                # 1. [CHARM](https://arxiv.org/abs/2509.21114)
                # 2. [Adam](https://arxiv.org/abs/1412.6980v9)
                # 3. [Strings](https://arxiv.org/abs/hep-th/9901001)
                # 4. [Knots](https://arxiv.org/abs/math.GT/0309136v2)
                # 5. [First](https://arxiv.org/abs/0704.0001)
                # 6. [Last old](https://arxiv.org/abs/math/0703999)
                """)).isEmpty();
    }

    @Test
    void reportsAMonthThatDoesNotExist() {
        assertThat(check("# 1. [CHARM](https://arxiv.org/abs/2513.21114)\n")).containsExactly(DIGEST_PATH
                + ":9:14: error: entry 1's arXiv id '2513.21114' cannot exist: its first four digits are the year"
                + " and month (YYMM), and 13 is not a month [arxiv-id]");
    }

    @Test
    void reportsANumberOfTheWrongLengthForItsYear() {
        assertThat(check("""
                # 1. [CHARM](https://arxiv.org/abs/2509.2111)
                # 2. [Adam](https://arxiv.org/abs/1412.69801)
                # 3. [Strings](https://arxiv.org/abs/hep-th/99010012)
                """)).containsExactly(
                DIGEST_PATH + ":9:14: error: entry 1's arXiv id '2509.2111' cannot exist: ids from 2015 on have five"
                        + " digits after the dot, as in 'YYMM.NNNNN' [arxiv-id]",
                DIGEST_PATH + ":10:13: error: entry 2's arXiv id '1412.69801' cannot exist: ids from April 2007 to"
                        + " December 2014 have four digits after the dot, as in 'YYMM.NNNN' [arxiv-id]",
                DIGEST_PATH + ":11:16: error: entry 3's arXiv id 'hep-th/99010012' cannot exist: an id of the form"
                        + " 'archive/YYMMNNN' has seven digits after the '/' [arxiv-id]");
    }

    @Test
    void reportsIdsOfTheWrongStyleForTheirYear() {
        assertThat(check("""
                # 1. [Early](https://arxiv.org/abs/0612.1234)
                # 2. [Late](https://arxiv.org/abs/hep-th/0801001)
                """)).containsExactly(
                DIGEST_PATH + ":9:14: error: entry 1's arXiv id '0612.1234' cannot exist: ids of the form"
                        + " 'YYMM.NNNNN' start in April 2007 (0704); older papers have ids of the form 'archive/YYMMNNN'"
                        + " [arxiv-id]",
                DIGEST_PATH + ":10:13: error: entry 2's arXiv id 'hep-th/0801001' cannot exist: ids of the form"
                        + " 'archive/YYMMNNN' were given from August 1991 to March 2007 [arxiv-id]");
    }

    @Test
    void reportsAnIdNewerThanThePost() {
        assertThat(check("# 1. [ShapeGen4D](https://arxiv.org/abs/2510.06208)\n")).containsExactly(DIGEST_PATH
                + ":9:19: error: entry 1's arXiv id '2510.06208' is dated 2025-10 by its YYMM, 2510, later than the"
                + " post (2025-09); check the id [arxiv-id]");
    }

    @Test
    void takesThePostsMonthFromTheFileNameWhenTheDateIsMissing() {
        String post = GOOD_FRONT_MATTER.replace("date: 2025-09-26 08:15:00\n", "")
                + "\n# 1. [ShapeGen4D](https://arxiv.org/abs/2510.06208)\n";

        assertThat(findings("arxiv-id", "_posts/2025-10-08-daily-papers.md", post)).isEmpty();
    }
}
