package io.github.digestlint.rules.frontmatter;

import io.github.digestlint.model.Post;
import io.github.digestlint.model.PostConventions;
import io.github.digestlint.model.PostDates;
import io.github.digestlint.model.YamlScalar;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.PostRule;
import io.github.digestlint.rule.Reporter;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jekyll reads a date as YAML writes a timestamp: a day, optionally with a time and an offset. It
 * rolls {@code 2025-02-30} over to March without a word, and fails the site's build on a date it
 * cannot read. The date is checked as written; a digest kind whose posts write the time too
 * ({@link PostConventions#dateWithTime()}) is held to {@code YYYY-MM-DD HH:MM:SS}.
 */
public final class DateFormatRule implements PostRule {

    private static final RuleMetadata METADATA = new RuleMetadata("date-format",
            "A date that Jekyll cannot read, or that is not a real calendar date; for a digest kind that writes the"
                    + " time, a date that is not 'YYYY-MM-DD HH:MM:SS' (with an optional offset).",
            Severity.ERROR, false, Concern.FRONT_MATTER);

    private static final Pattern WITH_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2}) (\\d{2}):(\\d{2}):(\\d{2})( ?(Z|[+-]\\d{2}:?\\d{2}))?");
    /** A YAML timestamp: the time, its seconds and the offset are optional, the separator a space or T. */
    private static final Pattern TIMESTAMP = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:(?:[Tt]|[ \\t]+)"
            + "(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?(?:[ \\t]*(?:Z|[+-]\\d{1,2}(?::?\\d{2})?))?)?");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Post post, Reporter reporter) {
        post.data().flatMap(data -> data.scalar("date"))
                .filter(date -> date.type() != YamlScalar.Type.NULL)
                .ifPresent(date -> check(date, post, reporter));
    }

    private static void check(YamlScalar date, Post post, Reporter reporter) {
        String value = date.value();
        if (PostConventions.of(post).dateWithTime()) {
            checkWithTime(date, post, reporter);
            return;
        }
        Matcher matcher = TIMESTAMP.matcher(value);
        if (!matcher.matches()) {
            String example = PostDates.exampleDate(post);
            reporter.report(date.span(), "date is '" + value + "', which Jekyll cannot read as a date, so it guesses"
                    + " or fails the site's build; write 'YYYY-MM-DD'" + (example.startsWith("YYYY") ? ""
                            : ", as in '" + example.substring(0, "YYYY-MM-DD".length()) + "'"));
            return;
        }
        String day = PostDates.withZeros(matcher.group(1), matcher.group(2), matcher.group(3));
        checkDayAndTime(date, day, matcher.group(4), matcher.group(5), matcher.group(6), reporter);
    }

    private static void checkWithTime(YamlScalar date, Post post, Reporter reporter) {
        String value = date.value();
        Matcher matcher = WITH_TIME.matcher(value);
        if (!matcher.matches()) {
            String example = PostDates.exampleDate(post);
            reporter.report(date.span(), "date is '" + value + "'; expected 'YYYY-MM-DD HH:MM:SS'"
                    + (example.startsWith("YYYY") ? "" : ", as in '" + example + "'"));
            return;
        }
        checkDayAndTime(date, matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4), reporter);
    }

    /** The hour, minute and second are null where the date has none. */
    private static void checkDayAndTime(YamlScalar date, String day, String hour, String minute, String second,
            Reporter reporter) {
        if (!PostDates.isCalendarDay(day)) {
            reporter.report(date.span(), "date " + day + " is not a day of the calendar");
        } else if (hour != null && (Integer.parseInt(hour) > 23 || Integer.parseInt(minute) > 59
                || second != null && Integer.parseInt(second) > 59)) {
            String time = PostDates.twoDigits(hour) + ":" + minute + (second == null ? "" : ":" + second);
            reporter.report(date.span(), "time " + time + " is not a time of day; expected 00:00"
                    + (second == null ? "" : ":00") + " to 23:59" + (second == null ? "" : ":59"));
        }
    }
}
