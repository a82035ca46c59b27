package io.github.digestlint.rules.frontmatter;

import io.github.digestlint.model.DigestKind;
import io.github.digestlint.model.Post;
import io.github.digestlint.model.PostDates;
import io.github.digestlint.model.YamlScalar;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.DigestRule;
import io.github.digestlint.rule.Reporter;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;
import java.util.Optional;

/**
 * A digest's title names its day in a fixed form, so that the archive reads as a series; a title
 * with another day, or a hyphen where the kind has an em dash, is a copy-paste slip.
 */
public final class TitleFormatRule implements DigestRule {

    private static final RuleMetadata METADATA = new RuleMetadata("title-format",
            "A digest title that is not the kind's title pattern with the post's own date.", Severity.ERROR, true,
            Concern.FRONT_MATTER);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Post post, DigestKind kind, Reporter reporter) {
        Optional<YamlScalar> title = post.data().flatMap(data -> data.scalar("title"))
                .filter(scalar -> scalar.type() == YamlScalar.Type.STRING);
        // A file name's day the calendar lacks is filename-date's finding; a title of that day is no repair.
        Optional<String> day = PostDates.day(post).filter(PostDates::isCalendarDay);
        if (title.isEmpty() || day.isEmpty()) {
            return;
        }
        String expected = kind.expectedTitle(day.get());
        // Quotes at the ends are title-quotes' finding; reporting them here too would say it twice.
        String actual = TitleQuotesRule.unquoted(title.get().value());
        if (!actual.equals(expected)) {
            reporter.report(title.get().span(), "title is \"" + actual + "\"; expected \"" + expected + "\""
                    + hint(actual, expected), TitleRepair.rewrite(post, title.get(), expected));
        }
    }

    private static String hint(String actual, String expected) {
        String withEmDashes = actual.replace(" - ", " — ").replace(" – ", " — ");
        if (!withEmDashes.equals(actual) && withEmDashes.equals(expected)) {
            return " (the dash is an em dash, U+2014)";
        }
        return "";
    }
}
