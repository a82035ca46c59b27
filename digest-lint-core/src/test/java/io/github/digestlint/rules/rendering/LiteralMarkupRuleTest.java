package io.github.digestlint.rules.rendering;

import static io.github.digestlint.Lint.DIGEST_PATH;
import static io.github.digestlint.Lint.GOOD_DIGEST;
import static io.github.digestlint.Lint.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.Lint;
import io.github.digestlint.rule.ConfigurationException;
import io.github.digestlint.source.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiteralMarkupRuleTest {

    /** One complete entry: its heading on line 9, Goal on line 14, the Method's text on line 19. */
    private static final String POST = GOOD_DIGEST;

    private static List<String> check(String post) {
        return findings("literal-markup", DIGEST_PATH, post);
    }

    private static String bold(String place, String sentence) {
        return DIGEST_PATH + ":" + place + ": warning: '**' shows as written in \"" + sentence + "\": no other '**'"
                + " pairs with it into bold or italic text; one right after punctuation and right before a letter, or"
                + " next to a space, cannot close it, so move it, or write \\*\\* to show it on purpose [literal-markup]";
    }

    @Test
    void reportsBoldThatCannotCloseWithTheSentenceTheReaderSees() {
        String post = POST.replace("방법이다.", "앞 문장이다. **\"제어점\"**은 핵심인 방법이다. 뒤 문장이다.");

        assertThat(check(post)).containsExactly(
                bold("19:9", "**\"제어점\"**은 핵심인 방법이다."),
                bold("19:16", "**\"제어점\"**은 핵심인 방법이다."));
    }

    @Test
    void reportsABacktickWithoutPartnerInAListItemAndATitle() {
        String post = POST.replace("CHARM: Anime Hair", "CHARM: Anime **Hair")
                .replace("- Goal: 목표이다.", "- Goal: `x 를 찾는 것이 목표이다.");

        assertThat(check(post)).containsExactly(
                bold("9:20", "1. CHARM: Anime **Hair"),
                DIGEST_PATH + ":14:9: warning: '`' shows as written in \"Goal: `x 를 찾는 것이 목표이다.\": no other '`'"
                        + " closes it into a code span, so add the closing one, or write \\` to show it on purpose"
                        + " [literal-markup]");
    }

    @Test
    void reportsALinkThatDidNotParse() {
        String post = POST.replace("방법이다.", "[논문](https://example.com/a b) 방법이다.");

        assertThat(check(post)).containsExactly(DIGEST_PATH + ":19:4: warning: link syntax shows as written in"
                + " \"[논문](https://example.com/a b) 방법이다.\": the '](' did not make a link, as a space or line break"
                + " in the address or an unpaired bracket breaks it; write the link as [text](address) with nothing"
                + " between [literal-markup]");
    }

    @Test
    void leavesMarkupThatParsedEscapedOrInCodeAlone() {
        String post = POST.replace("방법이다.", "**굵게** *기울임* `코드 **` [링크](https://example.com) \\*\\* \\` 2**10"
                + " p < 0.05* snake_case ~~취소~~ 방법이다.")
                .replace("결과이다.", "결과이다.\n\n```\n**\n```");

        assertThat(check(post)).isEmpty();
    }

    @Test
    void reportsDoubleTildesOnlyForCommonMark() throws ConfigurationException {
        String post = POST.replace("방법이다.", "~~취소~~된 방법이다.");
        var commonmark = Lint.configuration(SourceText.of("renderer: commonmark\n"));

        assertThat(check(post)).isEmpty();
        assertThat(findings("literal-markup", commonmark, DIGEST_PATH, post)).containsExactly(
                DIGEST_PATH + ":19:1: warning: '~~' shows as written in \"~~취소~~된 방법이다.\": CommonMark has no"
                        + " strikethrough, so use <del>…</del>, or write \\~\\~ to show it on purpose [literal-markup]",
                DIGEST_PATH + ":19:5: warning: '~~' shows as written in \"~~취소~~된 방법이다.\": CommonMark has no"
                        + " strikethrough, so use <del>…</del>, or write \\~\\~ to show it on purpose [literal-markup]");
    }
}
