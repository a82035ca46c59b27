package io.github.digestlint.rules.content;

import static io.github.digestlint.Lint.DIGEST_PATH;
import static io.github.digestlint.Lint.GOOD_DIGEST;
import static io.github.digestlint.Lint.findings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NoCodeBlockRuleTest {

    /** One complete entry; Goal on line 14, the Method's text on line 19. */
    private static final String POST = GOOD_DIGEST;

    private static List<String> check(String post) {
        return findings("no-code-block", DIGEST_PATH, post);
    }

    @Test
    void acceptsProseWithInlineCode() {
        assertThat(check(POST)).isEmpty();
        assertThat(check(POST.replace("방법이다.", "`torch.compile`을 사용하는 방법이다."))).isEmpty();
    }

    @Test
    void reportsAFencedBlock() {
        assertThat(check(POST.replace("방법이다.", "방법이다.\n\n```python\nmodel.fit(x)\n```"))).containsExactly(
                DIGEST_PATH + ":21:1: error: a code block in a digest; digests are prose, so describe what the code"
                        + " does in a sentence and delete the block [no-code-block]");
    }

    @Test
    void reportsTextThatAnIndentationTurnedIntoCode() {
        assertThat(check(POST.replace("결과이다.", "결과이다.\n\n    들여쓰기된 결과이다."))).containsExactly(
                DIGEST_PATH + ":24:1: error: text indented by four or more spaces shows as a code block; remove the"
                        + " indentation [no-code-block]");
    }

    @Test
    void reportsABlockInsideABullet() {
        assertThat(check(POST.replace("- Goal: 목표이다.", "- Goal: 목표이다.\n\n  ```\n  code\n  ```"))).containsExactly(
                DIGEST_PATH + ":16:3: error: a code block in a digest; digests are prose, so describe what the code"
                        + " does in a sentence and delete the block [no-code-block]");
    }
}
