package io.github.digestlint.rules.content;

import static io.github.digestlint.Lint.findings;
import static io.github.digestlint.Lint.ruleIds;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The content rules read a digest's summaries; an ordinary post may be written in any way. */
class ContentRulesDigestOnlyTest {

    private static final List<String> CONTENT_RULES = List.of("truncated-section", "sentence-count",
            "prose-as-bullets", "placeholder", "entry-length", "sentence-ending", "no-code-block", "no-emoji");

    /** A post that breaks every one of them, if it were a digest. */
    private static final String TRIP = """
            ---
            layout: post
            title: "My trip to Seoul"
            date: 2025-09-26 08:15:00
            tags: [travel]
            categories: []
            ---

            # 1. [Day one](https://example.com/day-one)

            ## Introduction
            - Goal: TBD

            ## Method
            - 비행기를 탔음. 🚀

            ## Results
            %s 서울에 도착하였다. 호텔에 갔다. 그리고

            ```
            itinerary
            ```
            """.formatted("아주 긴 하루였다. ".repeat(100));

    @Test
    void leaveAPostThatNoKindSelectsAlone() {
        assertThat(ruleIds(findings("_posts/2025-09-26-seoul.md", TRIP))).doesNotContainAnyElementsOf(CONTENT_RULES);
    }

    @Test
    void checkTheSamePostAsADigest() {
        assertThat(ruleIds(findings("_posts/2025-09-26-daily-papers.md", TRIP))).containsAll(CONTENT_RULES);
    }
}
