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

class SentenceEndingRuleTest {

    /** One complete entry; Goal on line 14, the Method's text on line 19, the Results' on 22. */
    private static final String POST = GOOD_DIGEST;

    private static List<String> check(String post) {
        return findings("sentence-ending", DIGEST_PATH, post);
    }

    @Test
    void acceptsDeclarativeSentencesAlsoInsideQuotesAndBrackets() {
        assertThat(check(POST)).isEmpty();
        assertThat(check(POST.replace("결과이다.", "(결과이다.)").replace("한계이다.", "저자들은 '한계가 있다.'"))).isEmpty();
    }

    @Test
    void reportsANounEndingAtItsLastWord() {
        assertThat(check(POST.replace("결과이다.", "성능이 크게 향상됨."))).containsExactly(DIGEST_PATH + ":22:8: warning:"
                + " sentence 1 of section 'Results' of entry 1 ends in '향상됨.'; expected a declarative ending that"
                + " matches '다\\.' [sentence-ending]");
    }

    @Test
    void reportsQuestionsAndExclamations() {
        assertThat(check(POST.replace("방법이다.", "방법이다. 왜 그런가? 놀랍다!").replace("- Goal: 목표이다.", "- Goal: 목표는?")))
                .containsExactly(
                        DIGEST_PATH + ":14:9: warning: sentence 1 of the 'Goal:' bullet of entry 1 ends in '목표는?';"
                                + " expected a declarative ending that matches '다\\.' [sentence-ending]",
                        DIGEST_PATH + ":19:9: warning: sentence 2 of section 'Method' of entry 1 ends in '그런가?';"
                                + " expected a declarative ending that matches '다\\.' [sentence-ending]",
                        DIGEST_PATH + ":19:14: warning: sentence 3 of section 'Method' of entry 1 ends in '놀랍다!';"
                                + " expected a declarative ending that matches '다\\.' [sentence-ending]");
    }

    @Test
    void leavesSentencesWithoutHangulAlone() {
        assertThat(check(POST.replace("결과이다.", "The model is 2.5x faster. Really?"))).isEmpty();
    }

    @Test
    void leavesPlaceholdersAndUnfinishedSentencesToTheirRules() {
        assertThat(check(POST.replace("한계이다.", "정보 부족.").replace("결론이다.", "결론은 성능을 향상시키며"))).isEmpty();
    }

    @Test
    void takesTheEndingFromItsOption() throws ConfigurationException {
        Configuration configuration = Lint.configuration(
                SourceText.of("rules:\n  sentence-ending:\n    pattern: '(다|요)\\.'\n"));
        String post = POST.replace("결과이다.", "결과예요.").replace("한계이다.", "한계임.");

        assertThat(findings("sentence-ending", configuration, DIGEST_PATH, post)).containsExactly(
                DIGEST_PATH + ":25:1: warning: sentence 1 of section 'Limitations' of entry 1 ends in '한계임.';"
                        + " expected a declarative ending that matches '(다|요)\\.' [sentence-ending]");
    }
}
