package io.github.digestlint.rules.entries;

import static io.github.digestlint.Lint.findings;
import static io.github.digestlint.Lint.ruleIds;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The entry and link rules check digests; an ordinary post may number its headings and link as it likes. */
class OrdinaryPostsTest {

    private static final List<String> ENTRY_AND_LINK_RULES = List.of("no-entries", "entry-heading",
            "entry-numbering", "duplicate-entry", "arxiv-link", "arxiv-id", "alphaxiv-link");

    @Test
    void leaveAPostThatNoKindSelectsAlone() {
        String trip = """
                ---
                layout: post
                title: "My trip"
                date: 2025-09-26 08:15:00
                tags: [travel]
                categories: []
                ---

                ## 2. Day two
                # 2. [Seoul](http://www.arxiv.org/pdf/2513.0001v2.pdf) and more
                # 2. [Busan](http://www.arxiv.org/pdf/2513.0001v2.pdf)
                """;

        String noHeadings = "---\ntitle: \"My trip\"\n---\nNo headings at all.\n";

        assertThat(ruleIds(findings("_posts/2025-09-26-my-trip.md", trip)))
                .doesNotContainAnyElementsOf(ENTRY_AND_LINK_RULES);
        assertThat(ruleIds(findings("_posts/2025-09-26-my-trip.md", noHeadings))).doesNotContain("no-entries");
    }

    @Test
    void checkTheSamePostAsADigest() {
        String digest = """
                ---
                layout: post
                title: "Daily Papers — 2025-09-26"
                date: 2025-09-26 08:15:00
                tags: [papers]
                categories: []
                ---

                ## 2. [Seoul](http://www.arxiv.org/pdf/2513.01234v2.pdf) and more
                # 2. [Busan](http://www.arxiv.org/pdf/2513.01234v2.pdf)
                """;

        assertThat(ruleIds(findings("_posts/2025-09-26-daily-papers.md", digest)))
                .containsAll(ENTRY_AND_LINK_RULES.stream().filter(id -> !id.equals("no-entries")).toList());
    }
}
