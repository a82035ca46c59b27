package io.github.digestlint.rules.frontmatter;

import static io.github.digestlint.Lint.DIGEST_PATH;
import static io.github.digestlint.Lint.GOOD_FRONT_MATTER;
import static io.github.digestlint.Lint.JEKYLL_PATH;
import static io.github.digestlint.Lint.JEKYLL_POST;
import static io.github.digestlint.Lint.findings;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateFormatRuleTest {

    /** Jekyll reads a date as YAML writes a timestamp; the daily-papers kind also wants the time. */
    @ParameterizedTest
    @ValueSource(strings = {"2025-09-26", "2025-9-6", "2025-09-26 08:15", "2025-09-26T08:15:00Z",
            "2025-09-26 08:15:00.5 +09:00", "'2025-09-26'"})
    void acceptsEveryDateJekyllReadsOnAPostOfNoKind(String date) {
        assertThat(findings("date-format", JEKYLL_PATH, JEKYLL_POST.replace("date: 2025-09-26", "date: " + date)))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "26/09/2025|date is '26/09/2025', which Jekyll cannot read as a date, so it guesses or fails the site's build;"
                + " write 'YYYY-MM-DD', as in '2025-09-26'",
        "2025-02-30|date 2025-02-30 is not a day of the calendar",
        "2025-09-26 24:15|time 24:15 is not a time of day; expected 00:00 to 23:59"})
    void reportsWhatJekyllCannotReadOnAPostOfNoKind(String date, String message) {
        assertThat(findings("date-format", JEKYLL_PATH, JEKYLL_POST.replace("date: 2025-09-26", "date: " + date)))
                .containsExactly(JEKYLL_PATH + ":3:7: error: " + message + " [date-format]");
    }

    private static String withDate(String date) {
        return GOOD_FRONT_MATTER.replace("date: 2025-09-26 08:15:00", "date: " + date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-09-26 08:15:00", "2025-09-26 08:15:00 +0900", "2025-09-26 08:15:00 -05:00",
            "2025-09-26 23:59:59Z", "2024-02-29 00:00:00"})
    void acceptsDatesWithTimes(String date) {
        assertThat(findings("date-format", DIGEST_PATH, withDate(date))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2025-09-26|date is '2025-09-26'; expected 'YYYY-MM-DD HH:MM:SS', as in '2025-09-26 00:00:00'",
        "2025-9-26 08:15:00|date is '2025-9-26 08:15:00'; expected 'YYYY-MM-DD HH:MM:SS', as in '2025-09-26 00:00:00'",
        "2025-02-30 08:15:00|date 2025-02-30 is not a day of the calendar",
        "2025-09-26 24:15:00|time 24:15:00 is not a time of day; expected 00:00:00 to 23:59:59",
        "tomorrow|date is 'tomorrow'; expected 'YYYY-MM-DD HH:MM:SS', as in '2025-09-26 00:00:00'"})
    void reportsOtherForms(String date, String message) {
        assertThat(findings("date-format", DIGEST_PATH, withDate(date)))
                .containsExactly(DIGEST_PATH + ":4:7: error: " + message + " [date-format]");
    }
}
