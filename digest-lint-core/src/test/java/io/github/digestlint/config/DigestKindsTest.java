package io.github.digestlint.config;

import static io.github.digestlint.Lint.GOOD_DIGEST;
import static io.github.digestlint.Lint.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.Lint;
import io.github.digestlint.rule.ConfigurationException;
import io.github.digestlint.source.SourceText;
import org.junit.jupiter.api.Test;

/** Two digest kinds and an ordinary post in one blog, each post checked against its own kind. */
class DigestKindsTest {

    private static final String CONFIGURATION = """
            kinds:
              - name: daily-papers
              - name: arxiv
                title: "Arxiv - *"
                titleFormat: "Arxiv - {date}"
                sections: [Summary]
                introLabels: []
                arxivLink: {scheme: http, version: required}
                alphaxiv: none
            """;

    private static final String ARXIV_POST = """
            ---
            layout: post
            title: "Arxiv - 2025-09-01"
            date: 2025-09-01 09:00:00
            tags: [arxiv]
            categories: []
            ---

            # 1. [Some Paper](http://arxiv.org/abs/2508.21824v1)

            ## Summary
            요약이다.
            """;

    private static final String DAILY_POST = GOOD_DIGEST.replace("2025-09-26", "2025-09-01");

    private static final String ORDINARY_POST = """
            ---
            layout: post
            title: "Hello"
            date: 2025-09-02 10:00:00
            tags: []
            categories: []
            ---

            # Hello
            ## Whatever  
            No entries here, and no sections: this is not a digest.
            """;

    private static Configuration configuration() throws ConfigurationException {
        return Lint.configuration(SourceText.of(CONFIGURATION));
    }

    @Test
    void checksEachPostAgainstItsOwnKind() throws ConfigurationException {
        assertThat(findings(configuration(), "_posts/2025-09-01-arxiv.md", ARXIV_POST)).isEmpty();
        assertThat(findings(configuration(), "_posts/2025-09-01-daily-papers.md", DAILY_POST)).isEmpty();
        assertThat(findings(configuration(), "_posts/2025-09-02-hello.md", ORDINARY_POST)).isEmpty();
    }

    @Test
    void holdsEachKindToItsOwnLinkForm() throws ConfigurationException {
        String arxivWithDailyLink = ARXIV_POST.replace("http://arxiv.org/abs/2508.21824v1",
                "https://arxiv.org/abs/2508.21824");
        String dailyWithArxivLink = DAILY_POST.replace("https://arxiv.org/abs/2509.21114)",
                "http://arxiv.org/abs/2509.21114v1)");

        assertThat(findings("arxiv-link", configuration(), "_posts/2025-09-01-arxiv.md", arxivWithDailyLink))
                .hasSize(1);
        assertThat(findings("arxiv-link", configuration(), "_posts/2025-09-01-daily-papers.md", dailyWithArxivLink))
                .hasSize(1);
    }

    @Test
    void leavesAnArxivPostToTheFrontMatterRulesWithoutTheConfiguration() {
        assertThat(findings("_posts/2025-09-01-arxiv.md", ARXIV_POST)).isEmpty();
    }
}
