package io.github.digestlint.rules.entries;

import static io.github.digestlint.Lint.findings;
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

        assertThat(findings("_posts/2025-09-26-my-trip.md", trip))
                .noneMatch(line -> ENTRY_AND_LINK_RULES.stream().anyMatch(id -> line.endsWith(" [" + id + "]")));
        assertThat(findings("_posts/2025-09-26-my-trip.md", "---\ntitle: \"My trip\"\n---\nNo headings at all.\n"))
                .noneMatch(line -> line.endsWith(" [no-entries]"));
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

        List<String> findings = findings("_posts/2025-09-26-daily-papers.md", digest);

        assertThat(ENTRY_AND_LINK_RULES).filteredOn(id -> !id.equals("no-entries"))
                .allSatisfy(id -> assertThat(findings).anyMatch(line -> line.endsWith(" [" + id + "]")));
    }
}
