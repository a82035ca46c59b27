package io.github.digestlint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.digestlint.Lint;
import io.github.digestlint.fix.FixResult;
import io.github.digestlint.fix.Fixer;
import io.github.digestlint.parse.ParseLimits;
import io.github.digestlint.rule.EngineFindings;
import io.github.digestlint.rule.Finding;
import io.github.digestlint.source.SourceText;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Posts built to be expensive, each about as large as a post may be (1 MB): each is checked, where
 * the first versions of these checks ran for minutes to hours (a regular expression that
 * backtracked, or work per finding that grew with the line or the post). A post of this size takes
 * a second or two; the budget is no measure of speed (digest-lint-bench measures that) but a
 * tripwire far above any machine's time, even a loaded one's, so that a regression of that kind
 * fails the build instead of hanging it.
 */
class WorstCasePostsTest {

    private static final Duration BUDGET = Duration.ofMinutes(5);
    private static final int LIMIT = ParseLimits.DEFAULT.maxPostBytes();
    private static final String PATH = "_posts/2025-09-26-daily-papers.md";
    private static final String FRONT_MATTER = "---\nlayout: post\ntitle: \"Daily Papers — 2025-09-26\"\n"
            + "date: 2025-09-26 08:15:00\ntags: [papers]\ncategories: []\n---\n";
    /** An entry up to its Method section's text, which the shapes fill. */
    private static final String ENTRY_TO_METHOD = """

            # 1. [CHARM](https://arxiv.org/abs/2509.21114)

            > [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21114)

            ## Introduction
            - Goal: 목표이다.
            - Motivation: 동기이다.
            - Contribution: 기여이다.

            ## Method
            """;
    private static final String ENTRY_AFTER_METHOD = """


            ## Results
            결과이다.

            ## Limitations
            한계이다.

            ## Conclusion
            결론이다.
            """;

    private final Linter linter = new Linter(Lint.DEFAULTS);

    static Stream<Named<String>> shapes() {
        String digest = FRONT_MATTER + ENTRY_TO_METHOD;
        return Stream.of(
                Named.of("closing brackets before a sentence's end", fill(digest, ")", "a다." + ENTRY_AFTER_METHOD)),
                Named.of("points that end no sentence", fill(digest, ".", "a" + ENTRY_AFTER_METHOD)),
                Named.of("an unclosed title quote, then spaces", fill("---\ntitle: \"", " ", "\"x\n---\n")),
                Named.of("a directive name a megabyte long", fill(FRONT_MATTER + "<!-- digest-lint-", "a", "")),
                Named.of("unclosed directive comments", fill(FRONT_MATTER, "<!-- digest-lint-x ", "")),
                Named.of("many directives, then many findings", FRONT_MATTER
                        + "<!--digest-lint-enable-->\n".repeat(LIMIT / 2 / 26) + "# 1.\n".repeat(LIMIT / 2 / 5 - 100)),
                Named.of("a finding per emoji on one line", fill(digest, "😀", ENTRY_AFTER_METHOD)),
                Named.of("a third of a million tags on one line", tags()),
                Named.of("a paragraph of entities", fill(digest, "&lt;", ENTRY_AFTER_METHOD)),
                Named.of("a megabyte of brackets", fill(FRONT_MATTER, "[", "")),
                Named.of("a paragraph of model tokens", fill(digest, "<Plan>", ENTRY_AFTER_METHOD)),
                Named.of("hiding tags never closed", fill(digest, "a <title>", ENTRY_AFTER_METHOD)),
                Named.of("Liquid output never closed", fill(digest, "{{", ENTRY_AFTER_METHOD)),
                Named.of("Liquid tags never closed", fill(digest, "{% if a %}", ENTRY_AFTER_METHOD)),
                Named.of("a raw block of tag starts", fill(digest + "{% raw %}{% a", " {% a", "%}" + ENTRY_AFTER_METHOD)),
                Named.of("markup that shows as written", fill(digest, "**a `b ](", ENTRY_AFTER_METHOD)),
                Named.of("attribute lists never closed", fill(digest, "{:", ENTRY_AFTER_METHOD)),
                Named.of("dollar pairs", fill(digest, "$$a", ENTRY_AFTER_METHOD)),
                Named.of("one-line entries, the most findings per byte", fill(FRONT_MATTER, "# 1.\n", "")));
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void isCheckedWithinTheBudget(String post) {
        assertThat(post.getBytes(StandardCharsets.UTF_8).length).isBetween(LIMIT * 9 / 10, LIMIT);

        List<Finding> findings = assertTimeoutPreemptively(BUDGET, () -> linter.lint(PATH, SourceText.of(post)));

        assertThat(findings).noneMatch(finding -> finding.ruleId().equals(EngineFindings.RULE_FAILURE.id()));
    }

    /** Each repair is a lookup among the others and a copy of its own text, not a scan of all of them. */
    @Test
    void repairsEightyThousandEntryNumbersWithinTheBudget() {
        String post = FRONT_MATTER + "# 1.\n".repeat(80_000);

        FixResult result = assertTimeoutPreemptively(BUDGET,
                () -> new Fixer(linter).fix(PATH, SourceText.of(post)));

        assertThat(result.fixesByRule()).containsEntry("entry-numbering", 79_999);
        assertThat(result.fixed()).endsWith("# 79999.\n# 80000.\n");
    }

    /** A text that repeats a unit between a head and a tail, as long as a post may be. */
    private static String fill(String head, String unit, String tail) {
        int room = LIMIT - (head + tail).getBytes(StandardCharsets.UTF_8).length;
        return head + unit.repeat(room / unit.getBytes(StandardCharsets.UTF_8).length) + tail;
    }

    /** One tag list on one line, just short of the front matter's million code points. */
    private static String tags() {
        String head = FRONT_MATTER.replace("tags: [papers]\ncategories: []\n---\n", "tags: [a");
        return head + ", a".repeat((990_000 - head.length()) / 3) + "]\ncategories: []\n---\n" + ENTRY_TO_METHOD
                + "방법이다." + ENTRY_AFTER_METHOD;
    }
}
