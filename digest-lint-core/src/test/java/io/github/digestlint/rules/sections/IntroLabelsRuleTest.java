package io.github.digestlint.rules.sections;

import static io.github.digestlint.Lint.DIGEST_PATH;
import static io.github.digestlint.Lint.GOOD_DIGEST;
import static io.github.digestlint.Lint.findings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IntroLabelsRuleTest {

    /** One complete entry; the Introduction's heading is on line 13, its bullets on lines 14 to 16. */
    private static final String POST = GOOD_DIGEST;

    private static final String BULLETS = """
            - Goal: 목표이다.
            - Motivation: 동기이다.
            - Contribution: 기여이다.
            """;

    private static List<String> check(String post) {
        return findings("intro-labels", DIGEST_PATH, post);
    }

    private static String withIntroduction(String introduction) {
        return POST.replace(BULLETS, introduction);
    }

    @Test
    void acceptsThreeLabelledBulletsInOrder() {
        assertThat(check(POST)).isEmpty();
    }

    @Test
    void acceptsLabelsInBoldAndLooseLists() {
        assertThat(check(withIntroduction("""

                * **Goal**: 목표이다.

                * **Motivation**: 동기이다.

                * **Contribution**: 기여이다.
                """))).isEmpty();
    }

    @Test
    void reportsAnIntroductionWithoutAnyLabelOnceAtItsHeading() {
        assertThat(check(withIntroduction("""
                - 본 연구의 목표이다.
                - 기존 방법의 한계가 동기이다.
                - 새 방법이 기여이다.
                """))).containsExactly(
                DIGEST_PATH + ":13:1: warning: the Introduction of entry 1 has no labels; start its bullets with"
                        + " 'Goal:', 'Motivation:' and 'Contribution:' [intro-labels]");
    }

    @Test
    void reportsEachBulletWithoutItsLabelWhereTheLabelGoes() {
        assertThat(check(withIntroduction("""
                - Goal: 목표이다.
                - 기존 방법의 한계가 동기이다.
                - 새 방법이 기여이다.
                """))).containsExactly(
                DIGEST_PATH + ":15:3: warning: bullet 2 of the Introduction of entry 1 has no label; start it with"
                        + " 'Motivation:' [intro-labels]",
                DIGEST_PATH + ":16:3: warning: bullet 3 of the Introduction of entry 1 has no label; start it with"
                        + " 'Contribution:' [intro-labels]");
    }

    @Test
    void reportsAWrongLabel() {
        assertThat(check(withIntroduction("""
                - Goals: 목표이다.
                - Contribution: 기여이다.
                - Motivation: 동기이다.
                """))).containsExactly(
                DIGEST_PATH + ":14:3: warning: bullet 1 of the Introduction of entry 1 is labelled 'Goals:'; expected"
                        + " 'Goal:' [intro-labels]",
                DIGEST_PATH + ":15:3: warning: bullet 2 of the Introduction of entry 1 is labelled 'Contribution:';"
                        + " expected 'Motivation:' [intro-labels]",
                DIGEST_PATH + ":16:3: warning: bullet 3 of the Introduction of entry 1 is labelled 'Motivation:';"
                        + " expected 'Contribution:' [intro-labels]");
    }

    @Test
    void reportsProseAtTheHeading() {
        assertThat(check(withIntroduction("목표, 동기와 기여를 한 문단에 적었다.\n"))).containsExactly(DIGEST_PATH
                + ":13:1: warning: the Introduction of entry 1 is not a bullet list; expected 3 bullets labelled"
                + " 'Goal:', 'Motivation:' and 'Contribution:' [intro-labels]");
    }

    @Test
    void reportsAMissingBulletAtTheHeading() {
        assertThat(check(withIntroduction("- Goal: 목표이다.\n- Contribution: 기여이다.\n"))).containsExactly(DIGEST_PATH
                + ":13:1: warning: the Introduction of entry 1 has 2 bullets; expected 3 bullets labelled 'Goal:',"
                + " 'Motivation:' and 'Contribution:' [intro-labels]");
    }

    @Test
    void reportsTextAfterTheBullets() {
        assertThat(check(withIntroduction(BULLETS + "\n덧붙인 문단이다.\n"))).containsExactly(DIGEST_PATH
                + ":18:1: warning: the Introduction of entry 1 has more than its bullet list; expected only 3 bullets"
                + " labelled 'Goal:', 'Motivation:' and 'Contribution:' [intro-labels]");
    }

    @Test
    void reportsTextBeforeTheBullets() {
        assertThat(check(withIntroduction("소개는 다음과 같다.\n\n" + BULLETS))).containsExactly(DIGEST_PATH
                + ":14:1: warning: the Introduction of entry 1 has more than its bullet list; expected only 3 bullets"
                + " labelled 'Goal:', 'Motivation:' and 'Contribution:' [intro-labels]");
    }

    @Test
    void leavesAnEmptyIntroductionToEmptySection() {
        assertThat(check(withIntroduction(""))).isEmpty();
    }
}
