package io.github.digestlint.rules.frontmatter;

import io.github.digestlint.model.Post;
import io.github.digestlint.model.PostConventions;
import io.github.digestlint.model.PostDates;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.PostRule;
import io.github.digestlint.rule.Reporter;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jekyll silently skips a post whose file name does not start with a date. A digest kind whose
 * posts are named by their day ({@link PostConventions#dateMatchesFileName()}) also wants the day
 * written {@code YYYY-MM-DD} and equal to the front matter's, and the rest of the name as the kind's
 * {@code fileName} says, when it says; for other posts, the front matter's date wins, as Jekyll
 * means it to.
 */
public final class FilenameDateRule implements PostRule {

    private static final RuleMetadata METADATA = new RuleMetadata("filename-date",
            "A file name that Jekyll skips because it does not start with a date; for a digest kind whose posts are"
                    + " named by their day, one that does not start with 'YYYY-MM-DD-' or whose date differs from the"
                    + " front matter date.",
            Severity.ERROR, false, Concern.FRONT_MATTER);

    /** Jekyll's pattern for a post's name (its {@code DATE_FILENAME_MATCHER}), with a four-digit year. */
    private static final Pattern JEKYLL_NAME = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})-[^/]*\\.[^.]+");
    /** A day written without its zeros, as in {@code 2025-9-26-}, which the suggested name replaces. */
    private static final Pattern MALFORMED_DAY = Pattern.compile("^\\d{4}-\\d{1,2}-\\d{1,2}-");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Post post, Reporter reporter) {
        if (post.isDraft()) {
            // A draft's name has no date: Jekyll dates it by its front matter or the file's time.
            return;
        }
        String name = post.fileName();
        Matcher jekyllName = JEKYLL_NAME.matcher(name);
        if (!jekyllName.matches()) {
            reportSkipped(name, post, reporter);
            return;
        }
        String fileDay = PostDates.withZeros(jekyllName.group(1), jekyllName.group(2), jekyllName.group(3));
        if (!PostDates.isCalendarDay(fileDay)) {
            reporter.report(0, "file name '" + name + "' starts with " + fileDay
                    + ", which is not a day of the calendar, so Jekyll skips this post");
        } else if (PostConventions.of(post).dateMatchesFileName()) {
            if (!name.startsWith(fileDay)) {
                reporter.report(0, "file name '" + name + "' writes its day without zeros; rename it '" + fileDay
                        + "-" + MALFORMED_DAY.matcher(name).replaceFirst("") + "', as the other posts are named");
            }
            post.kind().filter(kind -> !kind.fitsFileName(name, fileDay)).ifPresent(kind -> reporter.report(0,
                    "file name '" + name + "' is not named as the " + kind.name() + " posts are; expected '"
                            + kind.expectedFileName(fileDay).orElseThrow().toLowerCase(Locale.ROOT).replace("*", "…")
                            + "'"));
            PostDates.frontMatterDay(post).filter(day -> !day.equals(fileDay)).ifPresent(day -> reporter.report(
                    post.data().flatMap(data -> data.scalar("date")).orElseThrow().span(),
                    "date " + day + " differs from the file name's " + fileDay
                            + "; Jekyll files the post under one of them, so make them equal"));
        }
    }

    private static void reportSkipped(String name, Post post, Reporter reporter) {
        reporter.report(0, "file name '" + name + "' does not start with 'YYYY-MM-DD-', so Jekyll skips this post;"
                + " rename it '" + PostDates.frontMatterDay(post).orElse("YYYY-MM-DD") + "-"
                + MALFORMED_DAY.matcher(name).replaceFirst("") + "'");
    }
}
