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

class SentenceCountRuleTest {

    /** One complete entry; its bullets on lines 14 to 16, the Method's text on line 19, the Results' on 22. */
    private static final String POST = GOOD_DIGEST;

    private static List<String> check(String post) {
        return findings("sentence-count", DIGEST_PATH, post);
    }

    private static Configuration configuration(String yaml) throws ConfigurationException {
        return Lint.configuration(SourceText.of(yaml));
    }

    @Test
    void acceptsOneSentencePerSectionAndUpToThreeInTheMethod() {
        assertThat(check(POST)).isEmpty();
        assertThat(check(POST.replace("방법이다.", """
                CHARM은 Smith et al. 의 표현을 따른다. \s
                각 포인트는 3D 위치와 폭(e.g. 0.5 mm)으로 구성된다. \s
                모델은 v2.5에서 2.5배 빨라졌다."""))).isEmpty();
    }

    @Test
    void reportsASecondSentenceWhereOneIsAllowed() {
        assertThat(check(POST.replace("결과이다.", "결과이다. 추가로 속도도 빠르다."))).containsExactly(
                DIGEST_PATH + ":22:7: warning: section 'Results' of entry 1 has 2 sentences; expected 1, so merge or"
                        + " remove the sentences from here on [sentence-count]");
    }

    @Test
    void reportsAFourthSentenceInTheMethodOnItsLine() {
        String post = POST.replace("방법이다.\n", "첫째이다.\n둘째이다.\n셋째이다.\n넷째이다. 다섯째이다.\n");

        assertThat(check(post)).containsExactly(DIGEST_PATH + ":22:1: warning: section 'Method' of entry 1 has 5"
                + " sentences; expected at most 3, so merge or remove the sentences from here on [sentence-count]");
    }

    @Test
    void countsTheSentencesOfEachIntroductionBulletByItsLabel() {
        assertThat(check(POST.replace("- Motivation: 동기이다.", "- Motivation: 동기이다. 또 다른 동기이다.")))
                .containsExactly(DIGEST_PATH + ":15:21: warning: the 'Motivation:' bullet of entry 1 has 2 sentences;"
                        + " expected 1, so merge or remove the sentences from here on [sentence-count]");
    }

    @Test
    void countsABulletWithoutALabelAgainstTheLabelOfItsPlace() {
        String post = POST.replace("- Goal: 목표이다.", "- 목표이다. 또 다른 목표이다.");

        assertThat(check(post)).containsExactly(DIGEST_PATH + ":14:9: warning: bullet 1 of the Introduction of entry 1"
                + " has 2 sentences; expected 1, so merge or remove the sentences from here on [sentence-count]");
    }

    @Test
    void countsTheItemsOfAListAsSentences() {
        String post = POST.replace("결과이다.", "- 첫 결과이다.\n- 둘째 결과이다.");

        assertThat(check(post)).containsExactly(DIGEST_PATH + ":23:3: warning: section 'Results' of entry 1 has 2"
                + " sentences; expected 1, so merge or remove the sentences from here on [sentence-count]");
    }

    @Test
    void takesLimitsFromItsOptionAndKeepsTheDefaultsOfTheOthers() throws ConfigurationException {
        Configuration configuration = configuration("rules:\n  sentence-count:\n    limits: {Method: 1, Results: 2}\n");
        String post = POST.replace("방법이다.", "방법이다. 둘째 방법이다.").replace("결과이다.", "결과이다. 둘째 결과이다.")
                .replace("한계이다.", "한계이다. 둘째 한계이다.");

        assertThat(findings("sentence-count", configuration, DIGEST_PATH, post)).containsExactly(
                DIGEST_PATH + ":19:7: warning: section 'Method' of entry 1 has 2 sentences; expected 1, so merge or"
                        + " remove the sentences from here on [sentence-count]",
                DIGEST_PATH + ":25:7: warning: section 'Limitations' of entry 1 has 2 sentences; expected 1, so"
                        + " merge or remove the sentences from here on [sentence-count]");
    }

    @Test
    void leavesSectionsWithoutALimitAlone() throws ConfigurationException {
        Configuration configuration = configuration("""
                kinds:
                  - name: daily-papers
                    sections: [Introduction, Method, Results, Limitations, Conclusion, Notes]
                """);
        String post = POST + "\n## Notes\n첫 메모이다. 둘째 메모이다.\n";

        assertThat(findings("sentence-count", configuration, DIGEST_PATH, post)).isEmpty();
    }
}
