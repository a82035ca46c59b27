package io.github.digestlint.rules.frontmatter;

import io.github.digestlint.model.Post;
import io.github.digestlint.model.YamlScalar;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.Reporter;
import io.github.digestlint.rule.Rule;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;

/**
 * {@code title: Daily Papers — 2025-09-07"} is valid YAML: a plain string that ends in a quote.
 * No parser complains and the page shows the quote, so this rule reads the title as written.
 */
public final class TitleQuotesRule implements Rule {

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
                .ifPresent(title -> check(title, reporter));
    }

    private static void check(YamlScalar title, Reporter reporter) {
        String value = title.value();
        boolean opens = startsWithQuote(value);
        boolean closes = endsWithQuote(value);
        String expected = "; expected \"" + unquoted(value) + "\"";
        if (opens && closes) {
            reporter.report(title.span(), "title is quoted twice, so the page shows the inner quotes: " + title.raw()
                    + expected);
        } else if (closes) {
            reporter.report(title.span(), "title has a closing quote but no opening quote: " + title.raw() + expected);
        } else if (opens) {
            reporter.report(title.span(), "title has an opening quote but no closing quote: " + title.raw() + expected);
        } else if (value.chars().filter(c -> c == '"').count() % 2 == 1) {
            reporter.report(title.span(), "title has an unbalanced double quote: " + title.raw()
                    + "; remove it or add its pair");
        }
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
