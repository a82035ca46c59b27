package io.github.digestlint.rules.content;

import static io.github.digestlint.Lint.DIGEST_PATH;
import static io.github.digestlint.Lint.GOOD_DIGEST;
import static io.github.digestlint.Lint.findings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NoEmojiRuleTest {

    /** One complete entry; Goal on line 14, the entry's heading on line 9, the Results' text on line 22. */
    private static final String POST = GOOD_DIGEST;

    private static List<String> check(String post) {
        return findings("no-emoji", DIGEST_PATH, post);
    }

    private static String message(String emoji) {
        return "warning: emoji '" + emoji + "' in a digest; the posts are formal prose, so delete it or say what it"
                + " means in words [no-emoji]";
    }

    @Test
    void acceptsSymbolsThatAreTextByDefault() {
        assertThat(check(POST)).isEmpty();
        assertThat(check(POST.replace("결과이다.", "rFID 0.619→0.203, ∆t × 2 ≤ 5, ✓ ★ ☺ © 2025 ACME® Turbo™ 결과이다.")))
                .isEmpty();
    }

    @Test
    void reportsEachEmojiWhereItIs() {
        assertThat(check(POST.replace("결과이다.", "결과는 🚀 빠르고 ✅ 정확하다."))).containsExactly(
                DIGEST_PATH + ":22:5: " + message("🚀"),
                DIGEST_PATH + ":22:11: " + message("✅"));
    }

    @Test
    void takesASequenceAsOneEmoji() {
        String post = POST.replace("결과이다.", "❤️ 👍🏽 🇰🇷 👩‍🔬 1️⃣ 결과이다.");

        assertThat(check(post)).containsExactly(
                DIGEST_PATH + ":22:1: " + message("❤️"),
                DIGEST_PATH + ":22:4: " + message("👍🏽"),
                DIGEST_PATH + ":22:7: " + message("🇰🇷"),
                DIGEST_PATH + ":22:10: " + message("👩‍🔬"),
                DIGEST_PATH + ":22:14: " + message("1️⃣"));
    }

    @Test
    void readsBulletsButNotHeadingsNorCode() {
        String post = POST.replace("CHARM: Anime Hair", "CHARM 🦄: Anime Hair")
                .replace("- Goal: 목표이다.", "- Goal: 🎯 목표이다.")
                .replace("결과이다.", "결과이다.\n\n```\n🚀\n```");

        assertThat(check(post)).containsExactly(DIGEST_PATH + ":14:9: " + message("🎯"));
    }
}
