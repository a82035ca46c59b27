package io.github.digestlint.rules.rendering;

import static io.github.digestlint.Lint.DIGEST_PATH;
import static io.github.digestlint.Lint.GOOD_DIGEST;
import static io.github.digestlint.Lint.findings;
import static io.github.digestlint.rules.Fixes.fixedStably;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.Lint;
import io.github.digestlint.config.Configuration;
import io.github.digestlint.engine.Linter;
import io.github.digestlint.fix.Fixer;
import io.github.digestlint.rule.ConfigurationException;
import io.github.digestlint.source.SourceText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RendererSyntaxRuleTest {

    /** One complete entry: its heading on line 9, Goal on line 14, the Method's text on line 19. */
    private static final String POST = GOOD_DIGEST;

    private static Configuration renderer(String name) throws ConfigurationException {
        return Lint.configuration(SourceText.of("renderer: " + name + "\n"));
    }

    private static List<String> check(Configuration configuration, String post) {
        return findings("renderer-syntax", configuration, DIGEST_PATH, post);
    }

    @Test
    void reportsKramdownMathAndAttributeListsByDefault() {
        String post = POST.replace("방법이다.", "비용은 $$5에서 $$10로 줄어드는 방법이다.")
                .replace("- Goal: 목표이다.", "- Goal: 집합 {: a, b} 를 찾는 것이 목표이다.");

        assertThat(check(Lint.DEFAULTS, post)).containsExactly(
                DIGEST_PATH + ":14:12: warning: kramdown reads '{: a, b}' as an attribute list and removes it from the"
                        + " page; write \\{: to show it [renderer-syntax]",
                DIGEST_PATH + ":19:5: warning: kramdown reads '$$5에서 $$' as math: the page shows '\\(5에서 \\)', or a"
                        + " formula where the site loads MathJax, in place of the text; write \\$\\$ to show the dollars"
                        + " [renderer-syntax]");
    }

    @Test
    void reportsGithubsStrikethroughBetweenSingleTildes() throws ConfigurationException {
        String post = POST.replace("방법이다.", "단계를 25에서 1~2로 줄이고, 약 6.5~9배 가속하는 방법이다.")
                .replace("결과이다.", "85억~120억 규모보다 나은 결과이다.");

        assertThat(check(renderer("github"), post)).containsExactly(DIGEST_PATH + ":19:11: warning: GitHub strikes"
                + " through the text between two single tildes: '2로 줄이고, 약 6.5' shows struck out, and the tildes do"
                + " not show; write \\~ for a tilde [renderer-syntax]");
        assertThat(check(Lint.DEFAULTS, post)).isEmpty();
    }

    /** A published post writes ranges with tildes; on GitHub, two in one paragraph strike out the text between. */
    @Test
    void findsTheStruckOutRangeInAPublishedPostOnGithubOnly() throws Exception {
        String published = Files.readString(Path.of(RendererSyntaxRuleTest.class
                .getResource("/corpus/_posts/2025-09-07-daily-papers.md").toURI()));
        String path = "_posts/2025-09-07-daily-papers.md";

        assertThat(findings("renderer-syntax", renderer("github"), path, published)).singleElement().asString()
                .startsWith(path + ":204:51: warning: GitHub strikes through the text between two single tildes: '2로"
                        + " 줄이고, 약 6.5' shows struck out");
        assertThat(findings("renderer-syntax", Lint.DEFAULTS, path, published)).isEmpty();
    }

    @Test
    void findsNothingForCommonMark() throws ConfigurationException {
        String post = POST.replace("방법이다.", "$$x$$ {: .a} 1~2 6~9 방법이다.");

        assertThat(check(renderer("commonmark"), post)).isEmpty();
    }

    @Test
    void leavesEscapedSyntaxAndCodeAlone() throws ConfigurationException {
        String post = POST.replace("방법이다.", "\\$$5와 \\$$10, `$$x$$`, \\{: a}, `{: b}`, 1\\~2와 6\\~9, `1~2` 방법이다.");

        assertThat(check(Lint.DEFAULTS, post)).isEmpty();
        assertThat(check(renderer("github"), post)).isEmpty();
    }

    @Test
    void escapesWhatTheRendererWouldReadAsMarkup() throws ConfigurationException {
        String kramdown = POST.replace("방법이다.", "비용은 $$5에서 $$10로, 집합 {: a} 인 방법이다.");
        String github = POST.replace("방법이다.", "1~2로 줄이고 6.5~9배인 방법이다.");

        assertThat(fixedStably(DIGEST_PATH, kramdown))
                .isEqualTo(POST.replace("방법이다.", "비용은 \\$\\$5에서 \\$\\$10로, 집합 \\{: a} 인 방법이다."));
        Fixer fixer = new Fixer(new Linter(renderer("github")));
        String fixed = fixer.fix(DIGEST_PATH, SourceText.of(github)).fixed();
        assertThat(fixed).isEqualTo(POST.replace("방법이다.", "1\\~2로 줄이고 6.5\\~9배인 방법이다."));
        assertThat(fixer.fix(DIGEST_PATH, SourceText.of(fixed)).changed()).isFalse();
    }
}
