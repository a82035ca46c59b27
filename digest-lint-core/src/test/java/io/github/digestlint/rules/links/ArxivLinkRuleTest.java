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

class ArxivLinkRuleTest {

    /** The findings on a digest whose body, from line 9 on, is {@code body}. */
    private static List<String> check(String body) {
        return findings("arxiv-link", DIGEST_PATH, GOOD_FRONT_MATTER + "\n" + body);
    }

    @Test
    void acceptsAbstractPagesWithoutVersion() {
        assertThat(check("""
                # 1. [CHARM](https://arxiv.org/abs/2509.21114)
                # 2. [Strings](https://arxiv.org/abs/hep-th/9901001)
                """)).isEmpty();
    }

    @Test
    void reportsEachWayALinkDiffersFromTheCanonicalForm() {
        assertThat(check("""
                # 1. [CHARM](http://www.arxiv.org/pdf/2509.21114v2.pdf)
                # 2. [FLUX](https://export.arxiv.org/abs/2509.21278)
                # 3. [SD3.5-Flash](arxiv.org/abs/2509.21318)
                # 4. [Strings](https://arxiv.org/abs/hep-th/9901001v2)
                # 5. [BESPOKE](https://arxiv.org/abs/2509.21106#comments)
                """)).containsExactly(
                DIGEST_PATH + ":9:14: error: entry 1 links to 'http://www.arxiv.org/pdf/2509.21114v2.pdf' (http"
                        + " instead of https, www.arxiv.org instead of arxiv.org, the PDF instead of the abstract"
                        + " page, the version suffix v2); expected 'https://arxiv.org/abs/2509.21114' [arxiv-link]",
                DIGEST_PATH + ":10:13: error: entry 2 links to 'https://export.arxiv.org/abs/2509.21278'"
                        + " (export.arxiv.org instead of arxiv.org); expected 'https://arxiv.org/abs/2509.21278'"
                        + " [arxiv-link]",
                DIGEST_PATH + ":11:20: error: entry 3 links to 'arxiv.org/abs/2509.21318' (no 'https://');"
                        + " expected 'https://arxiv.org/abs/2509.21318' [arxiv-link]",
                DIGEST_PATH + ":12:16: error: entry 4 links to 'https://arxiv.org/abs/hep-th/9901001v2' (the version"
                        + " suffix v2); expected 'https://arxiv.org/abs/hep-th/9901001' [arxiv-link]",
                DIGEST_PATH + ":13:16: error: entry 5 links to 'https://arxiv.org/abs/2509.21106#comments';"
                        + " expected 'https://arxiv.org/abs/2509.21106' [arxiv-link]");
    }

    @Test
    void reportsALinkToAnotherSite() {
        assertThat(check("# 1. [CHARM](https://openreview.net/forum?id=charm)\n")).containsExactly(DIGEST_PATH
                + ":9:14: error: entry 1 links to 'https://openreview.net/forum?id=charm', which is not an arXiv"
                + " abstract page; expected 'https://arxiv.org/abs/<id>' [arxiv-link]");
    }

    @Test
    void leavesAnInvalidIdToArxivId() {
        assertThat(check("# 1. [CHARM](https://arxiv.org/abs/2513.21114)\n")).isEmpty();
    }

    @Test
    void followsTheKindsSchemeAndVersionPolicy() {
        DigestKind arxiv = new DigestKind("arxiv", Optional.of(new Glob("**/*arxiv*")), Optional.empty(),
                "Arxiv - {date}", 1, List.of(), List.of(), new ArxivLinkForm("http", ArxivLinkForm.Version.REQUIRED),
                Optional.empty(), PostConventions.DAILY_PAPERS, EntryFormat.DAILY_PAPERS, Optional.empty());
        Configuration configuration = new Configuration(List.of(arxiv), ParseLimits.DEFAULT,
                Lint.DEFAULTS.rules());
        String path = "_posts/2025-09-01-arxiv.md";
        String post = GOOD_FRONT_MATTER + """

                # 1. [Pinned](http://arxiv.org/abs/2508.21824v1)
                # 2. [Unpinned](http://arxiv.org/abs/2508.21825)
                # 3. [Secure](https://arxiv.org/abs/2508.21826v2)
                """;

        assertThat(findings(configuration, path, post)).filteredOn(line -> line.endsWith(" [arxiv-link]"))
                .containsExactly(
                        path + ":10:17: error: entry 2 links to 'http://arxiv.org/abs/2508.21825' without a version;"
                                + " expected the version that was summarised, as in"
                                + " 'http://arxiv.org/abs/2508.21825v1' [arxiv-link]",
                        path + ":11:15: error: entry 3 links to 'https://arxiv.org/abs/2508.21826v2' (https instead"
                                + " of http); expected 'http://arxiv.org/abs/2508.21826v2' [arxiv-link]");
    }
}
