package io.github.digestlint.rules.frontmatter;

import io.github.digestlint.model.FrontMatter;
import io.github.digestlint.model.Post;
import io.github.digestlint.model.PostDates;
import io.github.digestlint.model.YamlScalar;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.PostRule;
import io.github.digestlint.rule.Reporter;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;
import io.github.digestlint.source.SourceText;
import io.github.digestlint.source.Span;
import io.github.digestlint.source.TextEdit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code title: Daily Papers — 2025-09-07"} is valid YAML: a plain string that ends in a quote.
 * No parser complains and the page shows the quote, so this rule reads the title as written.
 */
public final class TitleQuotesRule implements PostRule {

    private static final RuleMetadata METADATA = new RuleMetadata("title-quotes",
            "A title with a stray or unbalanced quote that would show on the page.", Severity.ERROR, true,
            Concern.FRONT_MATTER);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Post post, Reporter reporter) {
        post.data().flatMap(data -> data.scalar("title"))
                .filter(title -> title.type() == YamlScalar.Type.STRING)
                .ifPresent(title -> problem(title.value()).ifPresent(problem ->
                        reporter.report(title.span(), message(problem, title), repair(post, title))));
        post.frontMatter().filter(frontMatter -> frontMatter.data().isEmpty() && frontMatter.isClosed())
                .ifPresent(frontMatter -> checkUnclosed(post, frontMatter, reporter));
    }

    /**
     * {@code title: "Daily Papers — 2025-09-07} is not YAML at all, so the front matter has no
     * data; the title line is read as written, and the quote it lacks is the fix.
     */
    private static void checkUnclosed(Post post, FrontMatter frontMatter, Reporter reporter) {
        SourceText source = post.source();
        for (int line = source.lineOf(frontMatter.content().start()); line < source.lineOf(frontMatter.content().end());
                line++) {
            Matcher title = UNCLOSED_TITLE.matcher(source.line(line));
            if (title.matches()) {
                int start = source.lineStart(line) + title.start(1);
                Span value = new Span(start, start + title.group(1).length());
                String meant = unquoted(title.group(1));
                Optional<String> kindTitle = post.kind()
                        .flatMap(kind -> PostDates.fileNameDay(post).map(kind::expectedTitle));
                reporter.report(value, "title has an opening quote but no closing quote, so the front matter is not"
                        + " valid YAML: " + title.group(1) + "; expected \"" + kindTitle.orElse(meant) + "\"",
                        List.of(new TextEdit(value, TitleRepair.doubleQuoted(kindTitle.orElse(meant)))));
                return;
            }
        }
    }

    /**
     * A plain {@code title:} line whose value opens a quote it never closes; possessive, so that a
     * long line that does not match fails at once instead of backtracking.
     */
    private static final Pattern UNCLOSED_TITLE = Pattern.compile("title:[ \\t]+(\"[^\"]*+|'[^']*+)");

    /** What is wrong with the quotes of a title. */
    private enum Problem { QUOTED_TWICE, CLOSING_ONLY, OPENING_ONLY, UNBALANCED_INSIDE }

    private static String message(Problem problem, YamlScalar title) {
        String expected = "; expected \"" + unquoted(title.value()) + "\"";
        return switch (problem) {
            case QUOTED_TWICE -> "title is quoted twice, so the page shows the inner quotes: " + title.raw() + expected;
            case CLOSING_ONLY -> "title has a closing quote but no opening quote: " + title.raw() + expected;
            case OPENING_ONLY -> "title has an opening quote but no closing quote: " + title.raw() + expected;
            case UNBALANCED_INSIDE -> "title has an unbalanced double quote: " + title.raw()
                    + "; remove it or add its pair";
        };
    }

    private static Optional<Problem> problem(String value) {
        boolean opens = startsWithQuote(value);
        boolean closes = endsWithQuote(value);
        if (opens && closes) {
            return Optional.of(Problem.QUOTED_TWICE);
        } else if (closes) {
            return Optional.of(Problem.CLOSING_ONLY);
        } else if (opens) {
            return Optional.of(Problem.OPENING_ONLY);
        } else if (value.chars().filter(c -> c == '"').count() % 2 == 1) {
            return Optional.of(Problem.UNBALANCED_INSIDE);
        }
        return Optional.empty();
    }

    /**
     * A digest whose day is known gets its kind's title, as title-format would write it, so that
     * the two rules repair a title the same way. Any other title loses the quotes at its ends,
     * unless the quotes left inside are still unbalanced: where the missing one goes is the
     * blogger's call.
     */
    private static List<TextEdit> repair(Post post, YamlScalar title) {
        Optional<String> kindTitle = post.kind().flatMap(kind -> PostDates.day(post).map(kind::expectedTitle));
        if (kindTitle.isPresent()) {
            return TitleRepair.rewrite(post, title, kindTitle.get());
        }
        String unquoted = unquoted(title.value());
        return problem(unquoted).isPresent() ? List.of() : TitleRepair.rewrite(post, title, unquoted);
    }

    /** The title without the quotes at its ends, which is what the blogger meant. */
    static String unquoted(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isQuote(value.charAt(start))) {
            start++;
        }
        while (end > start && isQuote(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end).strip();
    }

    private static boolean startsWithQuote(String value) {
        return !value.isEmpty() && isQuote(value.charAt(0));
    }

    private static boolean endsWithQuote(String value) {
        return !value.isEmpty() && isQuote(value.charAt(value.length() - 1));
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'';
    }
}
