package io.github.digestlint.rules.frontmatter;

import static io.github.digestlint.Lint.GOOD_FRONT_MATTER;
import static io.github.digestlint.Lint.JEKYLL_POST;
import static io.github.digestlint.Lint.findings;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FilenameDateRuleTest {

    @Test
    void acceptsANameThatStartsWithThePostsDay() {
        assertThat(findings("filename-date", "_posts/2025-09-26-daily-papers.md", GOOD_FRONT_MATTER)).isEmpty();
    }

    @Test
    void reportsANameJekyllSkips() {
        assertThat(findings("filename-date", "_posts/daily-papers.md", GOOD_FRONT_MATTER)).containsExactly(
                "_posts/daily-papers.md:1:1: error: file name 'daily-papers.md' does not start with 'YYYY-MM-DD-',"
                        + " so Jekyll skips this post; rename it '2025-09-26-daily-papers.md' [filename-date]");
    }

    /** A day written without its zeros is replaced, not kept in front of the right one. */
    @Test
    void suggestsANameWithoutTheMalformedDay() {
        assertThat(findings("filename-date", "_posts/2025-9-26-daily-papers.md", GOOD_FRONT_MATTER)).containsExactly(
                "_posts/2025-9-26-daily-papers.md:1:1: error: file name '2025-9-26-daily-papers.md' writes its day"
                        + " without zeros; rename it '2025-09-26-daily-papers.md', as the other posts are named"
                        + " [filename-date]");
    }

    /**
     * Jekyll publishes {@code 2025-9-26-…} too, and lets the front matter's date win over the file
     * name's: only the daily-papers kind names its posts by their day.
     */
    @Test
    void acceptsWhatJekyllPublishesOnAPostOfNoKind() {
        assertThat(findings("filename-date", "_posts/2025-9-26-weekly-notes.md", JEKYLL_POST)).isEmpty();
        assertThat(findings("filename-date", "_posts/2025-09-20-weekly-notes.md", JEKYLL_POST)).isEmpty();
        assertThat(findings("filename-date", "_posts/weekly-notes.md", JEKYLL_POST)).hasSize(1);
        assertThat(findings("filename-date", "_posts/2025-02-30-weekly-notes.md", JEKYLL_POST)).containsExactly(
                "_posts/2025-02-30-weekly-notes.md:1:1: error: file name '2025-02-30-weekly-notes.md' starts with"
                        + " 2025-02-30, which is not a day of the calendar, so Jekyll skips this post [filename-date]");
    }

    /** A draft's name carries no date: Jekyll dates it by its front matter, so the rule leaves it alone. */
    @Test
    void leavesDraftsAlone() {
        assertThat(findings("filename-date", "_drafts/notes.md", GOOD_FRONT_MATTER)).isEmpty();
        assertThat(findings("filename-date", "blog/_drafts/notes.md", GOOD_FRONT_MATTER)).isEmpty();
        assertThat(findings("filename-date", "_posts/_drafts-notes.md", GOOD_FRONT_MATTER)).hasSize(1);
    }

    /** The name to give comes from the post: its own date, or a placeholder when it has none. */
    @Test
    void suggestsANameFromThePostsOwnDate() {
        String post = "---\ntitle: Notes\ndate: 2025-07-01 09:00:00\n---\n";

        assertThat(findings("filename-date", "_posts/notes.md", post)).containsExactly(
                "_posts/notes.md:1:1: error: file name 'notes.md' does not start with 'YYYY-MM-DD-', so Jekyll skips"
                        + " this post; rename it '2025-07-01-notes.md' [filename-date]");
        assertThat(findings("filename-date", "_posts/notes.md", "---\ntitle: Notes\n---\n")).containsExactly(
                "_posts/notes.md:1:1: error: file name 'notes.md' does not start with 'YYYY-MM-DD-', so Jekyll skips"
                        + " this post; rename it 'YYYY-MM-DD-notes.md' [filename-date]");
    }

    @Test
    void reportsANameWhoseDayIsNotOnTheCalendar() {
        assertThat(findings("filename-date", "_posts/2025-09-31-daily-papers.md", GOOD_FRONT_MATTER)).containsExactly(
                "_posts/2025-09-31-daily-papers.md:1:1: error: file name '2025-09-31-daily-papers.md' starts with"
                        + " 2025-09-31, which is not a day of the calendar, so Jekyll skips this post [filename-date]");
    }

    @Test
    void reportsADateThatDiffersFromTheName() {
        assertThat(findings("filename-date", "_posts/2025-09-25-daily-papers.md", GOOD_FRONT_MATTER)).containsExactly(
                "_posts/2025-09-25-daily-papers.md:4:7: error: date 2025-09-26 differs from the file name's"
                        + " 2025-09-25; Jekyll files the post under one of them, so make them equal [filename-date]");
    }

    @Test
    void comparesTheDayAsWrittenNotAfterATimeZoneConversion() {
        String post = GOOD_FRONT_MATTER.replace("2025-09-26 08:15:00", "2025-09-26 01:00:00 +0900");

        assertThat(findings("filename-date", "_posts/2025-09-26-daily-papers.md", post)).isEmpty();
    }
}
