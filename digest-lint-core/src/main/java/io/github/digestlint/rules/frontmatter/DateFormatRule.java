package io.github.digestlint.rules.frontmatter;

import io.github.digestlint.model.Post;
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
 * YAML accepts {@code 2025-9-7} and {@code 2025-02-30 08:15:00} as timestamps; Jekyll then files
 * the post under a day nobody wrote, or fails on it. The date is checked as written.
 */
public final class DateFormatRule implements PostRule {

    private static final RuleMetadata METADATA = new RuleMetadata("date-format",
            "A date that is not 'YYYY-MM-DD HH:MM:SS' (with an optional offset) or not a real calendar date.",
            Severity.ERROR, false, Concern.FRONT_MATTER);

    private static final Pattern FORMAT = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2}) (\\d{2}):(\\d{2}):(\\d{2})( ?(Z|[+-]\\d{2}:?\\d{2}))?");

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
        Matcher matcher = FORMAT.matcher(value);
        if (!matcher.matches()) {
            String example = PostDates.exampleDate(post);
            reporter.report(date.span(), "date is '" + value + "'; expected 'YYYY-MM-DD HH:MM:SS'"
                    + (example.startsWith("YYYY") ? "" : ", as in '" + example + "'"));
        } else if (!PostDates.isCalendarDay(matcher.group(1))) {
            reporter.report(date.span(), "date " + matcher.group(1) + " is not a day of the calendar");
        } else if (Integer.parseInt(matcher.group(2)) > 23 || Integer.parseInt(matcher.group(3)) > 59
                || Integer.parseInt(matcher.group(4)) > 59) {
            reporter.report(date.span(), "time " + matcher.group(2) + ":" + matcher.group(3) + ":" + matcher.group(4)
                    + " is not a time of day; expected 00:00:00 to 23:59:59");
        }
    }
}
