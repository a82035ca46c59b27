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
import io.github.digestlint.model.Glob;
import io.github.digestlint.model.PostConventions;
import io.github.digestlint.parse.ParseLimits;
import io.github.digestlint.source.SourceText;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArxivLinkFixTest {

    /** A daily-papers digest whose body, from line 9 on, is {@code body}. */
    private static String post(String body) {
        return GOOD_FRONT_MATTER + "\n" + body;
    }

    @Test
    void rewritesEachFormToTheCanonicalLink() {
        String post = post("""
                # 1. [CHARM](http://www.arxiv.org/pdf/2509.21114v2.pdf)

                > [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21114)

                # 2. [FLUX](https://export.arxiv.org/abs/2509.21278)

                > [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21278)

                # 3. [SD3.5-Flash](arxiv.org/abs/2509.21318)

                > [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21318)

                # 4. [Strings](https://arxiv.org/abs/hep-th/9901001v2)

                > [Alphaxiv](https://www.alphaxiv.org/ko/overview/hep-th/9901001)

                # 5. [BESPOKE](https://arxiv.org/abs/2509.21106#comments)

                > [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21106)
                """);

        assertThat(fixed(DIGEST_PATH, post)).isEqualTo(post("""
                # 1. [CHARM](https://arxiv.org/abs/2509.21114)

                > [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21114)

                # 2. [FLUX](https://arxiv.org/abs/2509.21278)

                > [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21278)

                # 3. [SD3.5-Flash](https://arxiv.org/abs/2509.21318)

                > [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21318)

                # 4. [Strings](https://arxiv.org/abs/hep-th/9901001)

                > [Alphaxiv](https://www.alphaxiv.org/ko/overview/hep-th/9901001)

                # 5. [BESPOKE](https://arxiv.org/abs/2509.21106)

                > [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21106)
                """));
    }

    @Test
    void leavesALinkWithoutAnArxivIdAsItIs() {
        String post = post("# 1. [CHARM](https://openreview.net/forum?id=charm)\n");

        String fixed = fixed(DIGEST_PATH, post);

        assertThat(fixed).isEqualTo(post);
        assertThat(findings("arxiv-link", DIGEST_PATH, fixed)).containsExactly(DIGEST_PATH
                + ":9:14: error: entry 1 links to 'https://openreview.net/forum?id=charm', which is not an arXiv"
                + " abstract page; expected 'https://arxiv.org/abs/<id>' [arxiv-link]");
    }

    @Test
    void leavesALinkWhoseTitleRepeatsTheUrl() {
        // Which copy is the destination is in doubt, and rewriting the title would change the page.
        String post = post("""
                # 1. [CHARM](http://arxiv.org/abs/2509.21114 "http://arxiv.org/abs/2509.21114")

                > [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21114)
                """);

        String fixed = fixed(DIGEST_PATH, post);

        assertThat(fixed).isEqualTo(post);
        assertThat(findings("arxiv-link", DIGEST_PATH, fixed)).hasSize(1);
    }

    @Test
    void keepsAVersionTheKindAllows() {
        String post = ArxivPosts.post("""
                # 1. [Pinned](http://arxiv.org/pdf/2508.21824v1.pdf)
                # 2. [Unpinned](https://www.arxiv.org/abs/2508.21825)
                """);

        assertThat(ArxivPosts.fixed(ArxivLinkForm.Version.ALLOWED, post)).isEqualTo(ArxivPosts.post("""
                # 1. [Pinned](http://arxiv.org/abs/2508.21824v1)
                # 2. [Unpinned](http://arxiv.org/abs/2508.21825)
                """));
    }

    @Test
    void leavesAMissingVersionThatTheKindRequires() {
        String post = ArxivPosts.post("""
                # 1. [Unpinned](http://arxiv.org/abs/2508.21825)
                # 2. [Secure](https://arxiv.org/abs/2508.21826v2)
                """);

        String fixed = ArxivPosts.fixed(ArxivLinkForm.Version.REQUIRED, post);

        assertThat(fixed).isEqualTo(ArxivPosts.post("""
                # 1. [Unpinned](http://arxiv.org/abs/2508.21825)
                # 2. [Secure](http://arxiv.org/abs/2508.21826v2)
                """));
        assertThat(findings(ArxivPosts.configuration(ArxivLinkForm.Version.REQUIRED), ArxivPosts.PATH, fixed))
                .filteredOn(line -> line.endsWith(" [arxiv-link]"))
                .containsExactly(ArxivPosts.PATH + ":9:17: error: entry 1 links to 'http://arxiv.org/abs/2508.21825'"
                        + " without a version; expected the version that was summarised, as in"
                        + " 'http://arxiv.org/abs/2508.21825v1' [arxiv-link]");
    }

    @Test
    void keepsWindowsLineEndings() {
        String post = post("""
                # 1. [CHARM](http://arxiv.org/abs/2509.21114v2)

                > [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21114)
                """).replace("\n", "\r\n");

        assertThat(fixed(DIGEST_PATH, post)).isEqualTo(post("""
                # 1. [CHARM](https://arxiv.org/abs/2509.21114)

                > [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21114)
                """).replace("\n", "\r\n"));
    }

    @Test
    void fixingTwiceChangesNothingTheSecondTime() {
        String once = fixed(DIGEST_PATH, post("""
                # 1. [CHARM](http://www.arxiv.org/pdf/2509.21114v2.pdf)

                > [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21114)
                """));

        assertThat(fixed(DIGEST_PATH, once)).isEqualTo(once);
        assertThat(findings("arxiv-link", DIGEST_PATH, once)).isEmpty();
    }

    /** Posts of an "Arxiv" kind: {@code http} links, no Alphaxiv line, entries from line 9 on. */
    private static final class ArxivPosts {

        static final String PATH = "_posts/2025-09-01-arxiv.md";

        static String post(String body) {
            return """
                    ---
                    layout: post
                    title: "Arxiv - 2025-09-01"
                    date: 2025-09-01 08:15:00
                    tags: [papers]
                    categories: []
                    ---

                    """ + body;
        }

        static Configuration configuration(ArxivLinkForm.Version version) {
            DigestKind arxiv = new DigestKind("arxiv", Optional.of(new Glob("**/*arxiv*")), Optional.empty(),
                    "Arxiv - {date}", 1, List.of(), List.of(), new ArxivLinkForm("http", version), Optional.empty(),
                    PostConventions.DAILY_PAPERS, EntryFormat.DAILY_PAPERS, Optional.empty());
            return new Configuration(List.of(arxiv), ParseLimits.DEFAULT, Lint.DEFAULTS.rules());
        }

        static String fixed(ArxivLinkForm.Version version, String post) {
            return new Fixer(new Linter(configuration(version))).fix(PATH, SourceText.of(post)).fixed();
        }
    }
}
