package io.github.digestlint.rules.entries;

import static io.github.digestlint.Lint.DIGEST_PATH;
import static io.github.digestlint.Lint.GOOD_FRONT_MATTER;
import static io.github.digestlint.Lint.findings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntryHeadingRuleTest {

    /** The findings on a digest whose body, from line 9 on, is {@code body}. */
    private static List<String> check(String body) {
        return findings("entry-heading", DIGEST_PATH, GOOD_FRONT_MATTER + "\n" + body);
    }

    @Test
    void acceptsNumberedHeadingsThatAreOneLink() {
        assertThat(check("""
                # 1. [CHARM: Control-point-based 3D Anime Hairstyle Auto-Regressive Modeling](https://arxiv.org/abs/2509.21114)

                > [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21114)

                ## Introduction
                - Goal: 헤어스타일을 생성한다.

                # 2. [SD3.5-Flash: Distribution-Guided Distillation of Generative Flows](https://arxiv.org/abs/2509.21318)
                """)).isEmpty();
    }

    @Test
    void reportsAnEntryAtTheWrongLevel() {
        assertThat(check("""
                # 1. [CHARM](https://arxiv.org/abs/2509.21114)

                ## 2. [SD3.5-Flash](https://arxiv.org/abs/2509.21318)
                """)).containsExactly(DIGEST_PATH + ":11:1: error: entry 2's heading starts with '##'; expected '#',"
                + " the level of an entry, as in '# 2. [title](https://arxiv.org/abs/<id>)' [entry-heading]");
    }

    @Test
    void reportsAMissingNumberWhereItBelongs() {
        assertThat(check("""
                # 1. [CHARM](https://arxiv.org/abs/2509.21114)

                # [SD3.5-Flash](https://arxiv.org/abs/2509.21318)
                """)).containsExactly(DIGEST_PATH + ":11:3: error: entry heading has no number; expected '2. ' before"
                + " the link, as in '# 2. [title](https://arxiv.org/abs/<id>)' [entry-heading]");
    }

    @Test
    void reportsAHeadingWithoutALink() {
        assertThat(check("# 1. CHARM: Anime Hairstyle Modeling\n")).containsExactly(DIGEST_PATH + ":9:6: error:"
                + " entry 1's heading has no link to the paper; expected '# 1. [title](https://arxiv.org/abs/<id>)'"
                + " [entry-heading]");
    }

    @Test
    void reportsAnUnclosedBracket() {
        assertThat(check("# 1. [CHARM(https://arxiv.org/abs/2509.21114)\n")).containsExactly(DIGEST_PATH + ":9:6:"
                + " error: entry 1's link text has '[' but no closing ']'; expected"
                + " '# 1. [title](https://arxiv.org/abs/<id>)' [entry-heading]");
    }

    @Test
    void reportsAnUnclosedParenthesis() {
        assertThat(check("# 1. [CHARM](https://arxiv.org/abs/2509.21114\n")).containsExactly(DIGEST_PATH + ":9:13:"
                + " error: entry 1's link has '(' but no closing ')'; add ')' after the URL [entry-heading]");
    }

    @Test
    void reportsASpaceBetweenTheLinkTextAndItsTarget() {
        assertThat(check("# 1. [CHARM] (https://arxiv.org/abs/2509.21114)\n")).containsExactly(DIGEST_PATH
                + ":9:13: error: entry 1's link text '[CHARM]' is not followed by '(url)'; expected '(' right after"
                + " ']', as in '# 1. [title](https://arxiv.org/abs/<id>)' [entry-heading]");
    }

    @Test
    void reportsATargetThatIsNotAUrl() {
        assertThat(check("# 1. [CHARM](https://arxiv.org/abs/ 2509.21114)\n")).containsExactly(DIGEST_PATH
                + ":9:13: error: entry 1's link target is not a URL (it may hold a space); expected"
                + " '(https://arxiv.org/abs/<id>)' [entry-heading]");
    }

    @Test
    void reportsLinkTextThatRunsOverTwoLines() {
        assertThat(check("""
                # 1. [CHARM: Control-point-based 3D Anime Hairstyle
                Auto-Regressive Modeling](https://arxiv.org/abs/2509.21114)
                """)).containsExactly(DIGEST_PATH + ":9:6: error: entry 1's link text runs over more than one line;"
                + " expected the whole heading on one line [entry-heading]");
    }

    @Test
    void reportsTextBeforeOrAfterTheLink() {
        assertThat(check("""
                # 1. Paper: [CHARM](https://arxiv.org/abs/2509.21114)

                # 2. [SD3.5-Flash](https://arxiv.org/abs/2509.21318) (ICLR 2026)
                """)).containsExactly(
                DIGEST_PATH + ":9:6: error: entry 1's heading has 'Paper:' before the link; expected the link right"
                        + " after the number [entry-heading]",
                DIGEST_PATH + ":11:53: error: entry 2's heading has '(ICLR 2026)' after the link; expected the"
                        + " heading to end with the link [entry-heading]");
    }

    @Test
    void reportsASecondLink() {
        assertThat(check("# 1. [CHARM](https://arxiv.org/abs/2509.21114) [code](https://github.com/charm/charm)\n"))
                .containsExactly(DIGEST_PATH + ":9:48: error: entry 1's heading has 2 links; expected only the link"
                        + " to the paper, as in '# 1. [title](https://arxiv.org/abs/<id>)' [entry-heading]");
    }

    @Test
    void reportsAnEmptyTitle() {
        assertThat(check("# 1. [ ](https://arxiv.org/abs/2509.21114)\n")).containsExactly(DIGEST_PATH + ":9:6:"
                + " error: entry 1's link has no title; expected the paper's title between '[' and ']'"
                + " [entry-heading]");
    }
}
