package io.github.digestlint.rules.entries;

import io.github.digestlint.model.Entry;
import io.github.digestlint.model.Post;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.Reporter;
import io.github.digestlint.rule.Rule;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;
import java.util.OptionalInt;

/**
 * Readers cite an entry by its number, and a post that skips or repeats one looks as if an entry
 * was lost. The n-th entry is numbered n; an entry without a number keeps its place in the count
 * and is entry-heading's finding.
 */
public final class EntryNumberingRule implements Rule {

    private static final RuleMetadata METADATA = new RuleMetadata("entry-numbering",
            "Entry numbers that do not run 1, 2, 3… in order, without gaps or repeats.", Severity.ERROR, true,
            Concern.ENTRIES);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Post post, Reporter reporter) {
        if (post.kind().isEmpty()) {
            return;
        }
        OptionalInt previous = OptionalInt.empty();
        int expected = 0;
        for (Entry entry : post.entries()) {
            expected++;
            OptionalInt number = entry.number();
            if (number.isPresent() && number.getAsInt() != expected) {
                reporter.report(numberOffset(post, entry), message(number.getAsInt(), expected, previous));
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

    /** The number is the first digit of its heading's line: only the markers come before it. */
    private static int numberOffset(Post post, Entry entry) {
        int start = entry.heading().span().start();
        String heading = post.source().slice(entry.heading().span());
        int digit = 0;
        while (digit < heading.length() && !isDigit(heading.charAt(digit))) {
            digit++;
        }
        return start + digit;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
