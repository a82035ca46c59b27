package io.github.digestlint.rules.links;

import static io.github.digestlint.Lint.DIGEST_PATH;
import static io.github.digestlint.Lint.GOOD_FRONT_MATTER;
import static io.github.digestlint.Lint.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.Lint;
import io.github.digestlint.config.Configuration;
import io.github.digestlint.model.ArxivLinkForm;
import io.github.digestlint.model.DigestKind;
import io.github.digestlint.model.EntryFormat;
import io.github.digestlint.model.Glob;
import io.github.digestlint.model.PostConventions;
import io.github.digestlint.parse.ParseLimits;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AlphaxivLinkRuleTest {

    /** The findings on a digest whose body, from line 9 on, is {@code body}. */
    private static List<String> check(String body) {
        return findings("alphaxiv-link", DIGEST_PATH, GOOD_FRONT_MATTER + "\n" + body);
    }

    @Test
    void acceptsTheOverviewInTheBlogsLanguageRightAfterTheHeading() {
        assertThat(check("""
                # 1. [CHARM](https://arxiv.org/abs/2509.21114)

                > [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21114)

                ## Introduction
                - Goal: 헤어스타일을 생성한다.
                """)).isEmpty();
    }

    @Test
    void reportsAMissingLineAtTheHeadingWithTheLineToAdd() {
        assertThat(check("""
                # 3. [Towards a Unified View of Large Language Model Post-Training](https://arxiv.org/abs/2509.04419)

                ## Introduction
                - Goal: 사후 학습을 통합적으로 설명한다.
                """)).containsExactly(DIGEST_PATH + ":9:1: error: entry 3 has no Alphaxiv line; add"
                + " '> [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.04419)' after its heading [alphaxiv-link]");
    }

    @Test
    void reportsALineThatIsNotABlockQuoteRightAfterTheHeading() {
        assertThat(check("""
                # 1. [CHARM](https://arxiv.org/abs/2509.21114)

                [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21114)

                # 2. [FLUX](https://arxiv.org/abs/2509.21278)

                요약이 먼저 온다.

                > [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21278)
                """)).containsExactly(
                DIGEST_PATH + ":11:1: error: entry 1's Alphaxiv line must be a block quote right after its heading:"
                        + " '> [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21114)' [alphaxiv-link]",
                DIGEST_PATH + ":17:1: error: entry 2's Alphaxiv line must be a block quote right after its heading:"
                        + " '> [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21278)' [alphaxiv-link]");
    }

    @Test
    void reportsASecondLink() {
        assertThat(check("""
                # 1. [CHARM](https://arxiv.org/abs/2509.21114)

                > [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21114)

                > [Alphaxiv](https://www.alphaxiv.org/overview/2509.21114)
                """)).containsExactly(DIGEST_PATH + ":13:3: error: entry 1 has more than one Alphaxiv link; keep only"
                + " the line right after its heading [alphaxiv-link]");
    }

    @Test
    void reportsALineThatHoldsMoreThanTheLink() {
        assertThat(check("""
                # 1. [CHARM](https://arxiv.org/abs/2509.21114)

                > [alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21114) (한국어)
                """)).containsExactly(
                DIGEST_PATH + ":11:1: error: entry 1's Alphaxiv line holds more than the link; expected only"
                        + " '> [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21114)' [alphaxiv-link]",
                DIGEST_PATH + ":11:3: error: entry 1's Alphaxiv link reads 'alphaxiv'; expected '[Alphaxiv](…)'"
                        + " [alphaxiv-link]");
    }

    @Test
    void reportsAWrongUrlAtTheUrl() {
        assertThat(check("""
                # 1. [CHARM](https://arxiv.org/abs/2509.21114)

                > [Alphaxiv](https://www.alphaxiv.org/overview/2509.21114)

                # 2. [FLUX](https://arxiv.org/abs/2509.21278)

                > [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21287)

                # 3. [SD3.5-Flash](https://arxiv.org/abs/2509.21318)

                > [Alphaxiv](https://alphaxiv.org/ko/abs/2509.21318)

                # 4. [BESPOKE](https://arxiv.org/abs/2509.21106v2)

                > [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21106v2)
                """)).containsExactly(
                DIGEST_PATH + ":11:14: error: entry 1's Alphaxiv link is"
                        + " 'https://www.alphaxiv.org/overview/2509.21114', the 'en' page; expected the 'ko' page,"
                        + " 'https://www.alphaxiv.org/ko/overview/2509.21114' [alphaxiv-link]",
                DIGEST_PATH + ":15:14: error: entry 2's Alphaxiv link is"
                        + " 'https://www.alphaxiv.org/ko/overview/2509.21287', the overview of 2509.21287, but the"
                        + " entry is about 2509.21278; expected 'https://www.alphaxiv.org/ko/overview/2509.21278'"
                        + " [alphaxiv-link]",
                DIGEST_PATH + ":19:14: error: entry 3's Alphaxiv link is 'https://alphaxiv.org/ko/abs/2509.21318';"
                        + " expected 'https://www.alphaxiv.org/ko/overview/2509.21318' [alphaxiv-link]",
                DIGEST_PATH + ":23:14: error: entry 4's Alphaxiv link is"
                        + " 'https://www.alphaxiv.org/ko/overview/2509.21106v2'; expected"
                        + " 'https://www.alphaxiv.org/ko/overview/2509.21106' [alphaxiv-link]");
    }

    @Test
    void skipsKindsWithoutAnAlphaxivLine() {
        DigestKind arxiv = new DigestKind("arxiv", Optional.of(new Glob("**/*arxiv*")), Optional.empty(),
                "Arxiv - {date}", 1, List.of(), List.of(), new ArxivLinkForm("http", ArxivLinkForm.Version.REQUIRED),
                Optional.empty(), PostConventions.DAILY_PAPERS, EntryFormat.DAILY_PAPERS, Optional.empty());
        Configuration configuration = new Configuration(List.of(arxiv), ParseLimits.DEFAULT,
                Lint.DEFAULTS.rules());
        String post = GOOD_FRONT_MATTER + """

                # 1. [Pinned](http://arxiv.org/abs/2508.21824v1)

                > [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.99999)
                """;

        assertThat(findings(configuration, "_posts/2025-09-01-arxiv.md", post))
                .noneMatch(line -> line.endsWith(" [alphaxiv-link]"));
    }
}
