package io.github.digestlint.rules.content;

import static io.github.digestlint.Lint.DIGEST_PATH;
import static io.github.digestlint.Lint.GOOD_DIGEST;
import static io.github.digestlint.Lint.JEKYLL_PATH;
import static io.github.digestlint.Lint.JEKYLL_POST;
import static io.github.digestlint.Lint.findings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkupInProseRuleTest {

    /** One complete entry; Goal on line 14, the Method's text on line 19, the Results' on line 22. */
    private static final String POST = GOOD_DIGEST;

    private static List<String> check(String post) {
        return findings("markup-in-prose", DIGEST_PATH, post);
    }

    private static String finding(String place, String fragment, String where) {
        return DIGEST_PATH + ":" + place + ": warning: markup '" + fragment + "' in " + where + " shows on the page as"
                + " text; it is HTML or CSS left from a web page, not part of a summary, so delete it [markup-in-prose]";
    }

    @Test
    void reportsTheAttributesAndTheEndOfAScrapedTagAsOneFragment() {
        String post = POST.replace("방법이다.", "방법은 class=\"flex gap-2\" data-v-1f2e='' aria-hidden=\"true\">이다.");

        assertThat(check(post)).containsExactly(finding("19:5",
                "class=\"flex gap-2\" data-v-1f2e='' aria-h…", "section 'Method' of entry 1"));
    }

    @Test
    void reportsCssDeclarationsAndClassListsWhereTheyAre() {
        String post = POST.replace("방법이다.", "방법이다. color: #fff; margin: 0 auto;")
                .replace("결과이다.", "결과는 flex items-center gap-2 md:px-4 좋다.")
                .replace("- Goal: 목표이다.", "- Goal: 목표는 z-index: 10; 이다.");

        assertThat(check(post)).containsExactly(
                finding("14:13", "z-index: 10;", "the 'Goal:' bullet of entry 1"),
                finding("19:7", "color: #fff; margin: 0 auto;", "section 'Method' of entry 1"),
                finding("22:5", "flex items-center gap-2 md:px-4", "section 'Results' of entry 1"));
    }

    @Test
    void reportsATagsEndAlone() {
        assertThat(check(POST.replace("결과이다.", "\">결과이다."))).containsExactly(
                finding("22:1", "\">", "section 'Results' of entry 1"));
    }

    @Test
    void leavesCodeSpansCodeBlocksAndLinkTargetsAlone() {
        String post = POST.replace("방법이다.", "방법은 `class=\"a\"`와 `color: #fff;`를 [쓴다](https://example.com/?class=\"a\">).")
                .replace("결과이다.", "- 결과이다.\n\n  ```\n  <div class=\"flex items-center gap-2\">\n  ```");

        assertThat(check(post)).isEmpty();
    }

    /** Prose that looks a little like markup: quotes, colons, semicolons, hyphenated words, sizes. */
    @Test
    void leavesProseThatMerelyResemblesMarkupAlone() {
        String post = POST.replace("방법이다.", "Results: \"A\" > \"B\"; the class of top-1 and top-5 models;"
                + " state-of-the-art text-to-image block-wise min-max methods; input width: 224; height: 224;"
                + " data-efficient = better; id: 3; style transfer \"works\".")
                .replace("결과이다.", "결과는 https://example.com/?style=dark&class=a 에 있다.");

        assertThat(check(post)).isEmpty();
    }

    @Test
    void leavesPostsThatNoDigestKindSelectsAlone() {
        assertThat(findings("markup-in-prose", JEKYLL_PATH, JEKYLL_POST.replace("Notes of the week.",
                "<span class=\"note\">Notes</span> of the week, class=\"a\">."))).isEmpty();
    }
}
