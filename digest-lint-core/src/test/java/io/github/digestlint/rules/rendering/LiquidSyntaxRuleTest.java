package io.github.digestlint.rules.rendering;

import static io.github.digestlint.Lint.DIGEST_PATH;
import static io.github.digestlint.Lint.GOOD_DIGEST;
import static io.github.digestlint.Lint.findings;
import static io.github.digestlint.rules.Fixes.fixedStably;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.Lint;
import io.github.digestlint.rule.ConfigurationException;
import io.github.digestlint.source.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LiquidSyntaxRuleTest {

    /** One complete entry: its heading on line 9, Goal on line 14, the Method's text on line 19. */
    private static final String POST = GOOD_DIGEST;
    private static final String WRAP = "; wrap it in {% raw %}…{% endraw %} to show it as written [liquid-syntax]";

    private static List<String> check(String post) {
        return findings("liquid-syntax", DIGEST_PATH, post);
    }

    private static String error(String place, String message) {
        return DIGEST_PATH + ":" + place + ": error: " + message + WRAP;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            프롬프트 {% for x in xs %} 이다.   | 19:6  | '{% for x in xs %}' opens a Liquid block that no '{% endfor %}' closes, so the site's build stops with "'for' tag was never closed"
            Jinja의 {% set x = 1 %} 이다.     | 19:8  | '{% set x = 1 %}' is not a tag that Liquid or Jekyll knows, so the site's build stops with "Unknown tag 'set'"
            끝 {% endif %} 이다.              | 19:3  | '{% endif %}' closes no Liquid block, so the site's build stops with "Unknown tag 'endif'"
            {% if a %}{% endfor %}{% endif %}이다. | 19:11 | '{% endfor %}' cannot close the '{% if a %}' still open before it, so the site's build stops with a Liquid syntax error
            그 외 {% else %} 이다.            | 19:5  | '{% else %}' stands in no Liquid block it can divide, so the site's build stops with a Liquid syntax error
            출력 {{ x } 이다.                 | 19:4  | '{{ x }' opens Liquid output that no '}}' closes, so the site's build stops with a Liquid syntax error
            중괄호 {{ 이다.                   | 19:5  | '{{' opens Liquid output that no '}}' closes, so the site's build stops with a Liquid syntax error
            태그 {% 이다.                     | 19:4  | '{%' opens a Liquid tag that no '%}' closes, so the site's build stops with a Liquid syntax error
            빈 {% %} 이다.                    | 19:3  | '{% %}' is a Liquid tag without a name, so the site's build stops with a Liquid syntax error
            원문 {% raw %} 이다.              | 19:4  | '{% raw %}' opens a raw block that no '{% endraw %}' closes, so the site's build stops with "'raw' tag was never closed"
            """)
    void reportsWhatStopsTheBuildWhereItIsWritten(String method, String place, String message) {
        String post = POST.replace("방법이다.", method.strip());

        assertThat(check(post)).containsExactly(error(place, message));
    }

    @Test
    void readsTitlesListItemsAndCodeAsLiquidDoes() {
        String post = POST.replace("CHARM: Anime Hair", "CHARM {% endfor %}: Anime Hair")
                .replace("- Goal: 목표이다.", "- Goal: `{% set x %}` 목표이다.")
                .replace("결과이다.", "결과이다.\n\n```\n{% for x in xs %}\n```");

        assertThat(check(post)).containsExactly(
                error("9:13", "'{% endfor %}' closes no Liquid block, so the site's build stops with \"Unknown tag"
                        + " 'endfor'\""),
                error("14:10", "'{% set x %}' is not a tag that Liquid or Jekyll knows, so the site's build stops"
                        + " with \"Unknown tag 'set'\""),
                error("25:1", "'{% for x in xs %}' opens a Liquid block that no '{% endfor %}' closes, so the site's"
                        + " build stops with \"'for' tag was never closed\""));
    }

    @Test
    void leavesWellFormedLiquidRawAndCommentsAlone() {
        String post = POST.replace("방법이다.", "{% if a %}a{% elsif b %}b{% else %}c{% endif %} {% include x.html %}"
                + " {% raw %}{% for x %}{{ y {% endraw %} {%- raw -%}{% set %}{%- endraw -%}"
                + " {% comment %}{% foo %}{% endif %}{% endcomment %} {% case x %}{% when 1 %}{% endcase %} 방법이다.");

        assertThat(check(post)).isEmpty();
    }

    @Test
    void leavesAPostThatTurnsLiquidOffAlone() {
        String post = POST.replace("categories: []", "categories: []\nrender_with_liquid: false")
                .replace("방법이다.", "{% for x in xs %} 방법이다.");

        assertThat(check(post)).isEmpty();
        assertThat(check(post.replace("render_with_liquid: false", "render_with_liquid: true"))).hasSize(1);
    }

    @Test
    void knowsThePluginTagsTheConfigurationNames() throws ConfigurationException {
        String post = POST.replace("방법이다.", "{% seo %} {% feed_meta %} 방법이다.");
        var configuration = Lint.configuration(SourceText.of("rules:\n  liquid-syntax:\n    tags: [seo]\n"));

        assertThat(findings("liquid-syntax", configuration, DIGEST_PATH, post)).containsExactly(error("19:11",
                "'{% feed_meta %}' is not a tag that Liquid or Jekyll knows, so the site's build stops with \"Unknown"
                        + " tag 'feed_meta'\""));
    }

    @Test
    void wrapsWhatStopsTheBuildInARawBlock() {
        String post = POST.replace("방법이다.", "{% for x in xs %} {% set y %} 와 {{ 그리고 {% 방법이다.");

        assertThat(fixedStably(DIGEST_PATH, post)).isEqualTo(POST.replace("방법이다.", "{% raw %}{% for x in xs %}"
                + "{% endraw %} {% raw %}{% set y %}{% endraw %} 와 {% raw %}{{{% endraw %} 그리고 {% raw %}{%{% endraw %}"
                + " 방법이다."));
    }

    /** Liquid reads from '{{' to the first '}' after it, here the end of the tag that follows. */
    @Test
    void readsOutputToTheFirstClosingBraceAsLiquidDoes() {
        String post = POST.replace("방법이다.", "{{ 와 {% set y %} 방법이다.");

        assertThat(check(post)).containsExactly(error("19:1", "'{{ 와 {% set y %}' opens Liquid output that no '}}'"
                + " closes, so the site's build stops with a Liquid syntax error"));
        assertThat(fixedStably(DIGEST_PATH, post))
                .isEqualTo(POST.replace("방법이다.", "{% raw %}{{ 와 {% set y %}{% endraw %} 방법이다."));
    }

    @Test
    void cannotWrapAStrayEndOfARawBlock() {
        String post = POST.replace("방법이다.", "{% endraw %} 방법이다.");

        assertThat(check(post)).containsExactly(DIGEST_PATH + ":19:1: error: '{% endraw %}' closes no Liquid block, so"
                + " the site's build stops with \"Unknown tag 'endraw'\"; delete it, or write its braces as &#123; and"
                + " &#125; [liquid-syntax]");
        assertThat(Lint.fixed(DIGEST_PATH, post)).isEqualTo(post);
    }
}
