package io.github.digestlint.rules.frontmatter;

import io.github.digestlint.model.Post;
import io.github.digestlint.model.PostDates;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.PostRule;
import io.github.digestlint.rule.Reporter;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Jekyll silently skips a post whose file name does not start with a date, and files a post by
 * its file name's day when the front matter says another.
 */
public final class FilenameDateRule implements PostRule {

    private static final RuleMetadata METADATA = new RuleMetadata("filename-date",
            "A file name that does not start with 'YYYY-MM-DD-', or whose date differs from the front matter date.",
            Severity.ERROR, false, Concern.FRONT_MATTER);

    private static final Pattern JEKYLL_NAME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}-.+");
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
        Optional<String> fileDay = PostDates.fileNameDay(post);
        if (!JEKYLL_NAME.matcher(name).matches()) {
            reporter.report(0, "file name '" + name + "' does not start with 'YYYY-MM-DD-', so Jekyll skips this post;"
                    + " rename it '" + PostDates.frontMatterDay(post).orElse("YYYY-MM-DD") + "-"
                    + MALFORMED_DAY.matcher(name).replaceFirst("") + "'");
        } else if (!PostDates.isCalendarDay(fileDay.orElseThrow())) {
            reporter.report(0, "file name '" + name + "' starts with " + fileDay.get()
                    + ", which is not a day of the calendar, so Jekyll skips this post");
        } else {
            PostDates.frontMatterDay(post).filter(day -> !day.equals(fileDay.get())).ifPresent(day -> reporter.report(
                    post.data().flatMap(data -> data.scalar("date")).orElseThrow().span(),
                    "date " + day + " differs from the file name's " + fileDay.get()
                            + "; Jekyll files the post under one of them, so make them equal"));
        }
    }
}
