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

class ProseAsBulletsRuleTest {

    /** One complete entry; the Introduction's bullets on lines 14 to 16, the Method's text on line 19. */
    private static final String POST = GOOD_DIGEST;

    private static List<String> check(String post) {
        return findings("prose-as-bullets", DIGEST_PATH, post);
    }

    @Test
    void acceptsProseSectionsAndTheIntroductionsBullets() {
        assertThat(check(POST)).isEmpty();
    }

    @Test
    void reportsASectionWrittenAsBulletsAtItsFirstBullet() {
        assertThat(check(POST.replace("방법이다.", "- 첫 방법이다.\n- 둘째 방법이다.\n- 셋째 방법이다."))).containsExactly(
                DIGEST_PATH + ":19:1: warning: section 'Method' of entry 1 is written as a list of 3 items; expected"
                        + " prose: write them as one paragraph, without list markers [prose-as-bullets]");
    }

    @Test
    void reportsASingleNumberedItem() {
        assertThat(check(POST.replace("결론이다.", "결론 앞의 문장이다.\n\n1. 결론이다."))).containsExactly(
                DIGEST_PATH + ":30:1: warning: section 'Conclusion' of entry 1 is written as a list of 1 item;"
                        + " expected prose: write it as one paragraph, without list markers [prose-as-bullets]");
    }

    @Test
    void expectsProseInEverySectionOfAKindWithoutIntroductionLabels() throws ConfigurationException {
        Configuration configuration = Lint.configuration(SourceText.of("""
                kinds:
                  - name: daily-papers
                    introLabels: []
                """));

        assertThat(findings("prose-as-bullets", configuration, DIGEST_PATH, POST)).containsExactly(
                DIGEST_PATH + ":14:1: warning: section 'Introduction' of entry 1 is written as a list of 3 items;"
                        + " expected prose: write them as one paragraph, without list markers [prose-as-bullets]");
    }
}
