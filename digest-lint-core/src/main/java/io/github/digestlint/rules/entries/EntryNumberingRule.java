package io.github.digestlint.rules.entries;

import io.github.digestlint.model.DigestKind;
import io.github.digestlint.model.Entry;
import io.github.digestlint.model.Post;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.DigestRule;
import io.github.digestlint.rule.Reporter;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;
import io.github.digestlint.rules.shared.Whitespace;
import io.github.digestlint.source.Span;
import io.github.digestlint.source.TextEdit;
import java.util.List;
import java.util.OptionalInt;

/**
 * Readers cite an entry by its number, and a post that skips or repeats one looks as if an entry
 * was lost. The n-th entry is numbered n; an entry without a number keeps its place in the count
 * and is entry-heading's finding. The fix renumbers the entries by their place, replacing only the
 * digits of each wrong number.
 */
public final class EntryNumberingRule implements DigestRule {

    private static final RuleMetadata METADATA = new RuleMetadata("entry-numbering",
            "Entry numbers that do not run 1, 2, 3… in order, without gaps or repeats.", Severity.ERROR, true,
            Concern.ENTRIES);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Post post, DigestKind kind, Reporter reporter) {
        OptionalInt previous = OptionalInt.empty();
        int expected = 0;
        for (Entry entry : post.entries()) {
            expected++;
            OptionalInt number = entry.number();
            if (number.isPresent() && number.getAsInt() != expected) {
                Span digits = digits(post, entry);
                List<TextEdit> fix = isWritten(post, digits, number.getAsInt())
                        ? List.of(new TextEdit(digits, Integer.toString(expected))) : List.of();
                reporter.report(digits, message(number.getAsInt(), expected, previous), fix);
            }
            previous = number;
        }
    }

    private static String message(int number, int expected, OptionalInt previous) {
        if (expected == 1) {
            return "the first entry is numbered " + number + "; expected 1";
        }
        if (previous.isPresent() && previous.getAsInt() == number) {
            return "number " + number + " is the same as the entry before; expected " + expected;
        }
        return "number " + number + " breaks the sequence 1, 2, 3…; expected " + expected;
    }

    /**
     * Where the number's digits are written: right after the heading's markers and blanks. The
     * span is empty when something else comes first, such as an anchor ({@code <a id="p2"></a>}).
     */
    private static Span digits(Post post, Entry entry) {
        int start = entry.heading().span().start();
        String heading = post.source().slice(entry.heading().span());
        int first = 0;
        while (first < heading.length() && isMarkerOrBlank(heading.charAt(first))) {
            first++;
        }
        int end = first;
        while (end < heading.length() && isDigit(heading.charAt(end))) {
            end++;
        }
        return new Span(start + first, start + end);
    }

    /**
     * Whether the digits are the number the parser read, so that the fix rewrites them and nothing
     * else. The parser reads at most nine digits.
     */
    private static boolean isWritten(Post post, Span digits, int number) {
        String written = post.source().slice(digits);
        return !written.isEmpty() && written.length() <= 9 && Integer.parseInt(written) == number;
    }

    private static boolean isMarkerOrBlank(char c) {
        return c == '#' || Whitespace.isBlank(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
