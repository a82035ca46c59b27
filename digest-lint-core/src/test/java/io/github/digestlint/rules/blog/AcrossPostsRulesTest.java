package io.github.digestlint.rules.blog;

import static io.github.digestlint.Lint.GOOD_DIGEST;
import static io.github.digestlint.Lint.findings;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The rules across posts, each on a small blog where it fires and one where it must not. */
class AcrossPostsRulesTest {

    /** The shared complete digest, moved to another day, paper and tag list. */
    private static String digest(String day, String paper, String tags) {
        return GOOD_DIGEST.replace("2025-09-26", day).replace("2509.21114", paper)
                .replace("tags: [papers, hugginface]", "tags: " + tags);
    }

    private static List<String> findingsOf(String ruleId, Map<String, String> blog) throws IOException {
        return findings(blog).stream().filter(line -> line.endsWith(" [" + ruleId + "]")).toList();
    }

    @Test
    void reportsAPaperSummarisedInTwoPostsAtBothPlaces() throws IOException {
        Map<String, String> blog = Map.of(
                "_posts/2025-09-26-daily-papers.md", digest("2025-09-26", "2509.21114", "[papers]"),
                "_posts/2025-09-27-daily-papers.md", digest("2025-09-27", "2509.21114v2", "[papers]"));

        assertThat(findingsOf("duplicate-paper", blog)).containsExactly(
                "_posts/2025-09-26-daily-papers.md:9:26: warning: paper 2509.21114 is also summarised in"
                        + " _posts/2025-09-27-daily-papers.md (2025-09-27) [duplicate-paper]",
                "_posts/2025-09-27-daily-papers.md:9:26: warning: paper 2509.21114 is also summarised in"
                        + " _posts/2025-09-26-daily-papers.md (2025-09-26) [duplicate-paper]");
    }

    /**
     * A paper in six posts is a finding at each, naming three of the others and counting the rest,
     * so that the output grows with the posts, not with the square of the repeats.
     */
    @Test
    void namesAFewOfTheOtherPostsAndCountsTheRest() throws IOException {
        Map<String, String> blog = new TreeMap<>();
        for (int day = 21; day <= 26; day++) {
            blog.put("_posts/2025-09-" + day + "-daily-papers.md", digest("2025-09-" + day, "2509.21114", "[papers]"));
        }

        List<String> findings = findingsOf("duplicate-paper", blog);

        assertThat(findings).hasSize(6).startsWith(
                "_posts/2025-09-21-daily-papers.md:9:26: warning: paper 2509.21114 is also summarised in"
                        + " _posts/2025-09-22-daily-papers.md (2025-09-22), _posts/2025-09-23-daily-papers.md"
                        + " (2025-09-23), _posts/2025-09-24-daily-papers.md (2025-09-24) and 2 more posts"
                        + " [duplicate-paper]",
                "_posts/2025-09-22-daily-papers.md:9:26: warning: paper 2509.21114 is also summarised in"
                        + " _posts/2025-09-21-daily-papers.md (2025-09-21), _posts/2025-09-23-daily-papers.md"
                        + " (2025-09-23), _posts/2025-09-24-daily-papers.md (2025-09-24) and 2 more posts"
                        + " [duplicate-paper]");
    }

    @Test
    void namesTwoOtherPostsAsASentenceDoes() throws IOException {
        Map<String, String> blog = new TreeMap<>();
        for (int day = 24; day <= 26; day++) {
            blog.put("_posts/2025-09-" + day + "-daily-papers.md", digest("2025-09-" + day, "2509.21114", "[papers]"));
        }

        assertThat(findingsOf("duplicate-paper", blog)).first().isEqualTo(
                "_posts/2025-09-24-daily-papers.md:9:26: warning: paper 2509.21114 is also summarised in"
                        + " _posts/2025-09-25-daily-papers.md (2025-09-25) and _posts/2025-09-26-daily-papers.md"
                        + " (2025-09-26) [duplicate-paper]");
    }

    @Test
    void countsTheDigestsOfOneDayPastTheFirstFew() throws IOException {
        Map<String, String> blog = new TreeMap<>();
        for (char copy = 'a'; copy <= 'e'; copy++) {
            blog.put("_posts/2025-09-26-daily-papers-" + copy + ".md", digest("2025-09-26", "2509.2111" + (copy - 'a'),
                    "[papers]"));
        }

        assertThat(findingsOf("duplicate-date", blog)).hasSize(5).first().isEqualTo(
                "_posts/2025-09-26-daily-papers-a.md:4:7: error: another daily-papers digest has the same date"
                        + " 2025-09-26: _posts/2025-09-26-daily-papers-b.md, _posts/2025-09-26-daily-papers-c.md,"
                        + " _posts/2025-09-26-daily-papers-d.md and 1 more post [duplicate-date]");
    }

    @Test
    void leavesDifferentPapersAndOrdinaryPostsAlone() throws IOException {
        Map<String, String> blog = Map.of(
                "_posts/2025-09-26-daily-papers.md", digest("2025-09-26", "2509.21114", "[papers]"),
                "_posts/2025-09-27-daily-papers.md", digest("2025-09-27", "2509.21278", "[papers]"),
                "_posts/2025-09-28-notes.md", "---\ntitle: Notes\n---\n# 1. [Again](https://arxiv.org/abs/2509.21114)\n");

        assertThat(findingsOf("duplicate-paper", blog)).isEmpty();
    }

    @Test
    void reportsTwoDigestsOfOneKindForOneDay() throws IOException {
        Map<String, String> blog = Map.of(
                "_posts/2025-09-26-daily-papers.md", digest("2025-09-26", "2509.21114", "[papers]"),
                "_posts/2025-09-26-daily-papers-again.md", digest("2025-09-26", "2509.21278", "[papers]"));

        assertThat(findingsOf("duplicate-date", blog)).containsExactly(
                "_posts/2025-09-26-daily-papers-again.md:4:7: error: another daily-papers digest has the same date"
                        + " 2025-09-26: _posts/2025-09-26-daily-papers.md [duplicate-date]",
                "_posts/2025-09-26-daily-papers.md:4:7: error: another daily-papers digest has the same date"
                        + " 2025-09-26: _posts/2025-09-26-daily-papers-again.md [duplicate-date]");
    }

    @Test
    void acceptsOneDigestADay() throws IOException {
        Map<String, String> blog = Map.of(
                "_posts/2025-09-26-daily-papers.md", digest("2025-09-26", "2509.21114", "[papers]"),
                "_posts/2025-09-27-daily-papers.md", digest("2025-09-27", "2509.21278", "[papers]"));

        assertThat(findingsOf("duplicate-date", blog)).isEmpty();
    }

    @Test
    void reportsARareTagCloseToTheBlogsSpelling() throws IOException {
        Map<String, String> blog = Map.of(
                "_posts/2025-09-25-daily-papers.md", digest("2025-09-25", "2509.21100", "[papers, hugginface]"),
                "_posts/2025-09-26-daily-papers.md", digest("2025-09-26", "2509.21114", "[papers, hugginface]"),
                "_posts/2025-09-27-daily-papers.md", digest("2025-09-27", "2509.21278", "[papers, huggingface]"));

        assertThat(findingsOf("tag-consistency", blog)).containsExactly("_posts/2025-09-27-daily-papers.md:5:16:"
                + " warning: tag 'huggingface' is used in 1 post, while 'hugginface' is used in 2 posts; if it is a"
                + " typo, write 'hugginface' [tag-consistency]");
    }

    @Test
    void acceptsTheBlogsOwnVocabularyAndUnrelatedRareTags() throws IOException {
        Map<String, String> blog = Map.of(
                "_posts/2025-09-25-daily-papers.md", digest("2025-09-25", "2509.21100", "[papers, hugginface]"),
                "_posts/2025-09-26-daily-papers.md", digest("2025-09-26", "2509.21114", "[papers, hugginface]"),
                "_posts/2025-09-27-daily-papers.md", digest("2025-09-27", "2509.21278", "[papers, robotics]"));

        assertThat(findingsOf("tag-consistency", blog)).isEmpty();
    }

    @Test
    void respectsAPostsInlineDirectives() throws IOException {
        Map<String, String> blog = Map.of(
                "_posts/2025-09-26-daily-papers.md", digest("2025-09-26", "2509.21114", "[papers]"),
                "_posts/2025-09-27-daily-papers.md", digest("2025-09-27", "2509.21114", "[papers]")
                        + "<!-- digest-lint-disable-file duplicate-paper -->\n");

        assertThat(findingsOf("duplicate-paper", blog)).singleElement().asString()
                .startsWith("_posts/2025-09-26-daily-papers.md:");
    }
}
