package io.github.digestlint.rules.sections;

import static io.github.digestlint.Lint.EVERY_RULE;
import static io.github.digestlint.Lint.findings;
import static io.github.digestlint.Lint.ruleIds;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The section and title rules, turned on, check digests; an ordinary post may be shaped in any way. */
class DigestOnlyRulesTest {

    private static final List<String> DIGEST_RULES = List.of("required-sections", "empty-section", "intro-labels",
            "title-whitespace", "heading-trailing-space");

    /** A post that breaks every one of them, if it were a digest. */
    private static final String TRIP = """
            ---
            layout: post
            title: "My trip to Seoul"
            date: 2025-09-26 08:15:00
            tags: [travel]
            categories: []
            ---

            # 1. [Day   one](https://example.com/day-one) \s

            ## Introduction
            Prose, not bullets.

            ## Method (최대 3문장)

            ## Photos\t
            """;

    @Test
    void leaveAPostThatNoKindSelectsAlone() {
        assertThat(ruleIds(findings(EVERY_RULE, "_posts/2025-09-26-seoul.md", TRIP))).doesNotContainAnyElementsOf(DIGEST_RULES);
    }

    @Test
    void checkTheSamePostAsADigest() {
        assertThat(ruleIds(findings(EVERY_RULE, "_posts/2025-09-26-daily-papers.md", TRIP))).containsAll(DIGEST_RULES);
    }
}
