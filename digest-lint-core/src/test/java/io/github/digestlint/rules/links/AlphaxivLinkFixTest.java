package io.github.digestlint.rules.links;

import static io.github.digestlint.Lint.DIGEST_PATH;
import static io.github.digestlint.Lint.GOOD_FRONT_MATTER;
import static io.github.digestlint.Lint.findings;
import static io.github.digestlint.Lint.fixed;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.Lint;
import io.github.digestlint.config.Configuration;
import io.github.digestlint.engine.Linter;
import io.github.digestlint.fix.Fixer;
import io.github.digestlint.model.ArxivLinkForm;
import io.github.digestlint.model.DigestKind;
import io.github.digestlint.model.EntryFormat;
import io.github.digestlint.model.PostConventions;
import io.github.digestlint.parse.ParseLimits;
import io.github.digestlint.source.SourceText;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AlphaxivLinkFixTest {

    /** A digest whose body, from line 9 on, is {@code body}. */
    private static String post(String body) {
        return GOOD_FRONT_MATTER + "\n" + body;
    }

    @Test
    void insertsAMissingLineAfterTheHeadingReusingTheBlankLineAfterIt() {
        assertThat(fixed(DIGEST_PATH, post("""
                # 1. [CHARM](https://arxiv.org/abs/2509.21114)

                ## Introduction
                - Goal: 헤어스타일을 생성한다.
                """))).isEqualTo(post("""
                # 1. [CHARM](https://arxiv.org/abs/2509.21114)

                > [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21114)

                ## Introduction
                - Goal: 헤어스타일을 생성한다.
                """));
    }

    @Test
    void insertsBothBlankLinesWhenContentFollowsTheHeadingDirectly() {
        assertThat(fixed(DIGEST_PATH, post("""
                # 1. [CHARM](https://arxiv.org/abs/2509.21114)
                요약이 먼저 온다.
                """))).isEqualTo(post("""
                # 1. [CHARM](https://arxiv.org/abs/2509.21114)

                > [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21114)

                요약이 먼저 온다.
                """));
    }

    @Test
    void addsNoBlankLineWhereTwoAlreadyFollowTheHeading() {
        assertThat(fixed(DIGEST_PATH, post("""
                # 1. [CHARM](https://arxiv.org/abs/2509.21114)


                ## Introduction
                """))).isEqualTo(post("""
                # 1. [CHARM](https://arxiv.org/abs/2509.21114)

                > [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21114)

                ## Introduction
                """));
    }

    @Test
    void insertsALineAfterAHeadingThatEndsThePost() {
        assertThat(fixed(DIGEST_PATH, post("# 1. [CHARM](https://arxiv.org/abs/2509.21114)\n")))
                .isEqualTo(post("""
                        # 1. [CHARM](https://arxiv.org/abs/2509.21114)

                        > [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21114)
                        """));
        assertThat(fixed(DIGEST_PATH, post("# 1. [CHARM](https://arxiv.org/abs/2509.21114)"))).isEqualTo(post(
                "# 1. [CHARM](https://arxiv.org/abs/2509.21114)\n\n"
                        + "> [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21114)"));
    }

    @Test
    void insertsTheIdWithoutVersionInTheKindsLanguage() {
        // A kind that keeps versioned arXiv links, so that only the Alphaxiv line drops the version.
        DigestKind english = new DigestKind("daily-papers", DigestKind.DAILY_PAPERS.pathGlob(),
                DigestKind.DAILY_PAPERS.titleGlob(), DigestKind.DAILY_PAPERS.titleFormat(), 1,
                DigestKind.DAILY_PAPERS.sections(), DigestKind.DAILY_PAPERS.introLabels(),
                new ArxivLinkForm("https", ArxivLinkForm.Version.ALLOWED), Optional.of(DigestKind.ENGLISH),
                PostConventions.DAILY_PAPERS, EntryFormat.DAILY_PAPERS, Optional.empty());
        Configuration configuration = new Configuration(List.of(english), ParseLimits.DEFAULT,
                Lint.DEFAULTS.rules());

        String fixed = new Fixer(new Linter(configuration)).fix(DIGEST_PATH, SourceText.of(post("""
                # 1. [Strings](https://arxiv.org/abs/hep-th/9901001v2)

                ## Introduction
                """))).fixed();

        assertThat(fixed).isEqualTo(post("""
                # 1. [Strings](https://arxiv.org/abs/hep-th/9901001v2)

                > [Alphaxiv](https://www.alphaxiv.org/overview/hep-th/9901001)

                ## Introduction
                """));
    }

    @Test
    void correctsTheLanguageIdAndHostOfALinkAndNothingElse() {
        assertThat(fixed(DIGEST_PATH, post("""
                # 1. [CHARM](https://arxiv.org/abs/2509.21114)

                > [Alphaxiv](https://www.alphaxiv.org/overview/2509.21114)

                # 2. [FLUX](https://arxiv.org/abs/2509.21278)

                > [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21287)

                # 3. [SD3.5-Flash](https://arxiv.org/abs/2509.21318)

                > [alphaxiv](https://alphaxiv.org/ko/abs/2509.21318)

                # 4. [BESPOKE](https://arxiv.org/abs/2509.21106)

                > [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21106v2)
                """))).isEqualTo(post("""
                # 1. [CHARM](https://arxiv.org/abs/2509.21114)

                > [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21114)

                # 2. [FLUX](https://arxiv.org/abs/2509.21278)

                > [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21278)

                # 3. [SD3.5-Flash](https://arxiv.org/abs/2509.21318)

                > [alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21318)

                # 4. [BESPOKE](https://arxiv.org/abs/2509.21106)

                > [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21106)
                """));
    }

    @Test
    void insertsNothingWhenTheEntrysArxivIdCannotBeRead() {
        String post = post("""
                # 1. [CHARM](https://openreview.net/forum?id=charm)

                ## Introduction
                """);

        String fixed = fixed(DIGEST_PATH, post);

        assertThat(fixed).isEqualTo(post);
        assertThat(findings("alphaxiv-link", DIGEST_PATH, fixed)).containsExactly(DIGEST_PATH + ":9:1: error:"
                + " entry 1 has no Alphaxiv line; add '> [Alphaxiv](https://www.alphaxiv.org/ko/overview/<arXiv id>)'"
                + " after its heading [alphaxiv-link]");
    }

    @Test
    void leavesLinesWhoseIntentIsUnclear() {
        String post = post("""
                # 1. [CHARM](https://arxiv.org/abs/2509.21114)

                > [Alphaxiv](https://www.alphaxiv.org/overview/2509.21114)

                > [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21114)

                # 2. [FLUX](https://arxiv.org/abs/2509.21278)

                > [Alphaxiv](https://www.alphaxiv.org/overview/2509.21278) (English)

                # 3. [SD3.5-Flash](https://arxiv.org/abs/2509.21318)

                > [Alphaxiv (English)](https://www.alphaxiv.org/overview/2509.21318)

                # 4. [BESPOKE](https://arxiv.org/abs/2509.21106)

                요약이 먼저 온다.

                > [Alphaxiv](https://www.alphaxiv.org/overview/2509.21106)
                """);

        String fixed = fixed(DIGEST_PATH, post);

        assertThat(fixed).isEqualTo(post);
        assertThat(findings("alphaxiv-link", DIGEST_PATH, fixed)).containsExactly(
                DIGEST_PATH + ":11:14: error: entry 1's Alphaxiv link is"
                        + " 'https://www.alphaxiv.org/overview/2509.21114', the 'en' page; expected the 'ko' page,"
                        + " 'https://www.alphaxiv.org/ko/overview/2509.21114' [alphaxiv-link]",
                DIGEST_PATH + ":13:3: error: entry 1 has more than one Alphaxiv link; keep only the line right after"
                        + " its heading [alphaxiv-link]",
                DIGEST_PATH + ":17:1: error: entry 2's Alphaxiv line holds more than the link; expected only"
                        + " '> [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21278)' [alphaxiv-link]",
                DIGEST_PATH + ":17:14: error: entry 2's Alphaxiv link is"
                        + " 'https://www.alphaxiv.org/overview/2509.21278', the 'en' page; expected the 'ko' page,"
                        + " 'https://www.alphaxiv.org/ko/overview/2509.21278' [alphaxiv-link]",
                DIGEST_PATH + ":21:3: error: entry 3's Alphaxiv link reads 'Alphaxiv (English)'; expected"
                        + " '[Alphaxiv](…)' [alphaxiv-link]",
                DIGEST_PATH + ":21:24: error: entry 3's Alphaxiv link is"
                        + " 'https://www.alphaxiv.org/overview/2509.21318', the 'en' page; expected the 'ko' page,"
                        + " 'https://www.alphaxiv.org/ko/overview/2509.21318' [alphaxiv-link]",
                DIGEST_PATH + ":27:1: error: entry 4's Alphaxiv line must be a block quote right after its heading:"
                        + " '> [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21106)' [alphaxiv-link]",
                DIGEST_PATH + ":27:14: error: entry 4's Alphaxiv link is"
                        + " 'https://www.alphaxiv.org/overview/2509.21106', the 'en' page; expected the 'ko' page,"
                        + " 'https://www.alphaxiv.org/ko/overview/2509.21106' [alphaxiv-link]");
    }

    @Test
    void keepsWindowsLineEndings() {
        String post = post("""
                # 1. [CHARM](https://arxiv.org/abs/2509.21114)
                ## Introduction

                # 2. [FLUX](https://arxiv.org/abs/2509.21278)

                > [Alphaxiv](https://www.alphaxiv.org/overview/2509.21278)
                """).replace("\n", "\r\n");

        assertThat(fixed(DIGEST_PATH, post)).isEqualTo(post("""
                # 1. [CHARM](https://arxiv.org/abs/2509.21114)

                > [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21114)

                ## Introduction

                # 2. [FLUX](https://arxiv.org/abs/2509.21278)

                > [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21278)
                """).replace("\n", "\r\n"));
    }

    /** An old Mac's line endings are a line break too: the inserted lines end as the heading does. */
    @Test
    void keepsOldMacLineEndings() {
        String post = post("""
                # 1. [CHARM](https://arxiv.org/abs/2509.21114)
                ## Introduction
                """).replace("\n", "\r");

        assertThat(fixed(DIGEST_PATH, post)).isEqualTo(post("""
                # 1. [CHARM](https://arxiv.org/abs/2509.21114)

                > [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21114)

                ## Introduction
                """).replace("\n", "\r"));
    }

    /** In a post of mixed endings, the lines inserted after a heading take that heading's ending. */
    @Test
    void takesTheLineEndingOfTheHeadingInAPostOfMixedEndings() {
        String post = post("""
                # 1. [CHARM](https://arxiv.org/abs/2509.21114)
                ## Introduction
                """).replace("2509.21114)\n", "2509.21114)\r");

        assertThat(fixed(DIGEST_PATH, post)).isEqualTo(post("""
                # 1. [CHARM](https://arxiv.org/abs/2509.21114)
                ## Introduction
                """).replace("2509.21114)\n",
                        "2509.21114)\r\r> [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21114)\r\r"));
    }

    @Test
    void fixingTwiceChangesNothingTheSecondTime() {
        String once = fixed(DIGEST_PATH, post("""
                # 1. [CHARM](https://arxiv.org/abs/2509.21114)
                ## Introduction

                # 2. [FLUX](https://arxiv.org/abs/2509.21278)

                > [Alphaxiv](https://alphaxiv.org/abs/2509.21278)
                """));

        assertThat(fixed(DIGEST_PATH, once)).isEqualTo(once);
        assertThat(findings("alphaxiv-link", DIGEST_PATH, once)).isEmpty();
    }
}
