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

class HiddenTagRuleTest {

    /** One complete entry: its heading on line 9, Goal on line 14, the Method's text on line 19. */
    private static final String POST = GOOD_DIGEST;

    private static List<String> check(String post) {
        return findings("hidden-tag", DIGEST_PATH, post);
    }

    private static String hidden(String place, String tag, String seen) {
        return DIGEST_PATH + ":" + place + ": warning: '" + tag + "' is read as an HTML tag, which the browser does"
                + " not show: the reader sees \"" + seen + "\"; write &lt;" + tag.substring(1, tag.length() - 1)
                + "&gt; or put it in a code span to show it as written [hidden-tag]";
    }

    @Test
    void reportsEveryTokenInProseWithTheSentenceAsTheReaderSeesIt() {
        String post = POST.replace("방법이다.", "앞 문장이다. 모델은 <Plan>, <Step> 그리고 <Final> 토큰을 낸다. 뒤 문장이다.");

        assertThat(check(post)).containsExactly(
                hidden("19:13", "<Plan>", "모델은 , 그리고 토큰을 낸다."),
                hidden("19:21", "<Step>", "모델은 , 그리고 토큰을 낸다."),
                hidden("19:32", "<Final>", "모델은 , 그리고 토큰을 낸다."));
    }

    @Test
    void reportsTagsInAnEntryTitleAndInAListItem() {
        String post = POST.replace("CHARM: Anime Hair", "<think>CHARM</think>: Anime Hair")
                .replace("- Goal: 목표이다.", "- Goal: <answer> 토큰을 맞히는 것이 목표이다.");

        assertThat(check(post)).containsExactly(
                hidden("9:7", "<think>", "1. CHARM: Anime Hair"),
                hidden("9:19", "</think>", "1. CHARM: Anime Hair"),
                hidden("14:9", "<answer>", "Goal: 토큰을 맞히는 것이 목표이다."));
    }

    @Test
    void reportsAKnownElementThatHidesTheTextItHolds() {
        String post = POST.replace("방법이다.", "모델은 <title>제목</title> 토큰을 본다.");

        assertThat(check(post)).containsExactly(
                DIGEST_PATH + ":19:5: warning: '<title>' opens an HTML element whose text the browser does not show:"
                        + " the reader sees \"모델은 토큰을 본다.\"; write &lt;title&gt; or put it in a code span to show"
                        + " it as written [hidden-tag]",
                DIGEST_PATH + ":19:14: warning: '</title>' closes an HTML element whose text the browser does not"
                        + " show; write &lt;/title&gt; or put it in a code span to show it as written [hidden-tag]");
    }

    @Test
    void reportsAnUnknownTagOnALineOfItsOwn() {
        String post = POST.replace("결과이다.", "<Plan>\n결과이다.");

        assertThat(check(post)).containsExactly(DIGEST_PATH + ":22:1: warning: '<Plan>' on a line of its own starts a"
                + " block of HTML: the page shows no '<Plan>', and the lines after it up to a blank line are not read as"
                + " Markdown; write &lt;Plan&gt; or put it in a code span to show it as written [hidden-tag]");
    }

    @Test
    void leavesHtmlTheAuthorMeansAlone() {
        String post = POST.replace("방법이다.", "줄을<br>나누고 x<sup>2</sup>와 <kbd>Ctrl</kbd>, <span class=\"a\">b</span>,"
                + " <iframe src=\"https://example.com\"></iframe>, <my-widget></my-widget>, <!-- 주석 --> 방법이다.")
                .replace("결과이다.", "<div class=\"note\">\n<Plan>\n</div>\n\n<script src=\"a.js\"></script>\n\n결과이다.");

        assertThat(check(post)).isEmpty();
    }

    @Test
    void leavesTokensInCodeAndEscapedTokensAlone() {
        String post = POST.replace("방법이다.", "모델은 `<Plan>`, \\<Step> 그리고 &lt;Final&gt; 토큰을 낸다.")
                .replace("결과이다.", "결과이다.\n\n```\n<Plan>\n```\n\n    <Step>\n");

        assertThat(check(post)).isEmpty();
    }

    @Test
    void allowsTheElementsTheConfigurationNames() throws ConfigurationException {
        String post = POST.replace("방법이다.", "모델은 <Plan>과 <Step>을 낸다.");
        var configuration = Lint.configuration(SourceText.of("rules:\n  hidden-tag:\n    allowed: [plan]\n"));

        assertThat(findings("hidden-tag", configuration, DIGEST_PATH, post))
                .containsExactly(hidden("19:13", "<Step>", "모델은 과 을 낸다."));
    }

    @Test
    void escapesTheTagSoThatThePageShowsItAsWritten() {
        String post = POST.replace("CHARM: Anime Hair", "<think>CHARM</think>: Anime Hair")
                .replace("방법이다.", "모델은 <Plan>과 <title>을 낸다.")
                .replace("결과이다.", "<Plan>\n결과이다.");

        assertThat(fixedStably(DIGEST_PATH, post)).isEqualTo(
                POST.replace("CHARM: Anime Hair", "&lt;think&gt;CHARM&lt;/think&gt;: Anime Hair")
                        .replace("방법이다.", "모델은 &lt;Plan&gt;과 &lt;title&gt;을 낸다.")
                        .replace("결과이다.", "&lt;Plan&gt;\n결과이다."));
    }
}
