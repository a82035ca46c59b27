package io.github.digestlint.rules.content;

import static io.github.digestlint.Lint.DIGEST_PATH;
import static io.github.digestlint.Lint.GOOD_DIGEST;
import static io.github.digestlint.Lint.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.Lint;
import io.github.digestlint.rule.ConfigurationException;
import io.github.digestlint.source.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

class TruncatedSectionRuleTest {

    /** One complete entry; Goal on line 14, the Method's text on line 19, the Results' on 22. */
    private static final String POST = GOOD_DIGEST;

    private static List<String> check(String post) {
        return findings("truncated-section", DIGEST_PATH, post);
    }

    @Test
    void acceptsSectionsThatEndInAFinishedSentence() {
        assertThat(check(POST)).isEmpty();
        assertThat(check(POST.replace("결과이다.", "결과는 무엇인가? 놀라운 결과이다!"))).isEmpty();
        assertThat(check(POST.replace("결과이다.", "결과는 2.5배 향상되었다 (부록 참조.)"))).isEmpty();
        assertThat(check(POST.replace("결과이다.", "저자들은 “결과가 좋다.”"))).isEmpty();
    }

    @Test
    void acceptsThePlaceholderForMissingInformation() {
        assertThat(check(POST.replace("한계이다.", "정보 부족"))).isEmpty();
        assertThat(check(POST.replace("- Goal: 목표이다.", "- Goal: 정보 부족"))).isEmpty();
    }

    @Test
    void reportsASectionCutOffMidSentenceAtItsLastSentence() {
        assertThat(check(POST.replace("방법이다.", "첫 문장이다. 둘째 문장은 성능을 크게 향상시키며"))).containsExactly(
                DIGEST_PATH + ":19:9: error: section 'Method' of entry 1 ends in an unfinished sentence, '둘째 문장은"
                        + " 성능을 크게 향상시키며'; finish the sentence with '.', '?' or '!' [truncated-section]");
    }

    @Test
    void reportsAnIntroductionBulletCutOff() {
        assertThat(check(POST.replace("- Goal: 목표이다.", "- Goal: 본 연구의 목표는 새로운 3D 헤어스타일 표현을 학습하는 것으로"))).containsExactly(
                DIGEST_PATH + ":14:9: error: the 'Goal:' bullet of entry 1 ends in an unfinished sentence, '…D 헤어스타일"
                        + " 표현을 학습하는 것으로'; finish the sentence with '.', '?' or '!'"
                        + " [truncated-section]");
    }

    @Test
    void reportsASectionThatStopsInAnEllipsis() {
        assertThat(check(POST.replace("결론이다.", "결론은 다음과 같다..."))).containsExactly(
                DIGEST_PATH + ":28:1: error: section 'Conclusion' of entry 1 ends in an ellipsis, '결론은 다음과"
                        + " 같다...'; finish the sentence with '.', '?' or '!' [truncated-section]");
    }

    @Test
    void pointsAtTheSentenceAsWrittenPastMarkup() {
        assertThat(check(POST.replace("결과이다.", "첫 결과이다. **성능**을 [크게](https://example.com/a.b) 향상시키며")))
                .containsExactly(DIGEST_PATH + ":22:11: error: section 'Results' of entry 1 ends in an unfinished"
                        + " sentence, '성능을 크게 향상시키며'; finish the sentence with '.', '?' or '!'"
                        + " [truncated-section]");
    }

    @Test
    void takesOtherPlaceholdersFromItsOption() throws ConfigurationException {
        var configuration = Lint.configuration(
                SourceText.of("rules:\n  truncated-section:\n    placeholders: [해당 없음]\n"));
        String post = POST.replace("한계이다.", "해당 없음").replace("결과이다.", "정보 부족");

        assertThat(findings("truncated-section", configuration, DIGEST_PATH, post)).containsExactly(
                DIGEST_PATH + ":22:1: error: section 'Results' of entry 1 ends in an unfinished sentence, '정보 부족';"
                        + " finish the sentence with '.', '?' or '!' [truncated-section]");
    }
}
