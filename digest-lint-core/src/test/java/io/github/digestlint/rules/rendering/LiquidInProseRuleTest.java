package io.github.digestlint.rules.rendering;

import static io.github.digestlint.Lint.DIGEST_PATH;
import static io.github.digestlint.Lint.GOOD_DIGEST;
import static io.github.digestlint.Lint.findings;
import static io.github.digestlint.rules.Fixes.fixedStably;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LiquidInProseRuleTest {

    /** One complete entry: its heading on line 9, Goal on line 14, the Method's text on line 19. */
    private static final String POST = GOOD_DIGEST;

    private static List<String> check(String post) {
        return findings("liquid-in-prose", DIGEST_PATH, post);
    }

    private static String warning(String place, String token, String expression) {
        return DIGEST_PATH + ":" + place + ": warning: Jekyll replaces '" + token + "' with the value of '" + expression
                + "', a variable that Jekyll does not define, so the page shows nothing in its place; wrap it in"
                + " {% raw %}…{% endraw %} to show it as written [liquid-in-prose]";
    }

    @Test
    void reportsOutputInProseTitlesListsAndCode() {
        String post = POST.replace("CHARM: Anime Hair", "CHARM {{ name }}: Anime Hair")
                .replace("- Goal: 목표이다.", "- Goal: 프롬프트 `{{question}}`에 답하는 것이 목표이다.")
                .replace("방법이다.", "템플릿 {{- context | strip -}}을 채우는 방법이다.");

        assertThat(check(post)).containsExactly(
                warning("9:13", "{{ name }}", "name"),
                warning("14:15", "{{question}}", "question"),
                warning("19:5", "{{- context | strip -}}", "context | strip"));
    }

    @Test
    void leavesOutputInRawAndCommentsAndJekyllsOwnObjectsAlone() {
        String post = POST.replace("방법이다.", "{% raw %}{{ question }}{% endraw %} {% comment %}{{ note }}{% endcomment %}"
                + " [글]({{ site.baseurl }}/a) {{ page.title }} {{ 'text' }} 방법이다.");

        assertThat(check(post)).isEmpty();
        assertThat(check(POST.replace("categories: []", "categories: []\nrender_with_liquid: false")
                .replace("방법이다.", "{{ question }} 방법이다."))).isEmpty();
    }

    @Test
    void wrapsTheOutputInARawBlock() {
        String post = POST.replace("방법이다.", "프롬프트 {{ question }}와 {{ answer }}를 쓰는 방법이다.");

        assertThat(fixedStably(DIGEST_PATH, post)).isEqualTo(POST.replace("방법이다.",
                "프롬프트 {% raw %}{{ question }}{% endraw %}와 {% raw %}{{ answer }}{% endraw %}를 쓰는 방법이다."));
    }
}
