package io.github.digestlint.rules.content;

import io.github.digestlint.model.Block;
import io.github.digestlint.model.DigestKind;
import io.github.digestlint.model.Entry;
import io.github.digestlint.model.Post;
import io.github.digestlint.model.Section;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.ConfigurationException;
import io.github.digestlint.rule.DigestRule;
import io.github.digestlint.rule.Reporter;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.RuleOption;
import io.github.digestlint.rule.RuleOptions;
import io.github.digestlint.rule.Severity;
import io.github.digestlint.rules.shared.SectionNames;
import java.util.List;
import java.util.Locale;

/**
 * The script asks for at most about 1,000 characters per entry, so that a day's digest stays a
 * digest. The length is what a reader sees: the text of the entry's sections, counted in code
 * points (a Korean syllable is one), without headings, markup or link targets.
 */
public final class EntryLengthRule implements DigestRule {

    private static final String MAX_OPTION = "max";
    private static final int DEFAULT_MAX = 1_000;
    private static final RuleMetadata METADATA = new RuleMetadata("entry-length",
            "An entry whose sections are longer than the limit, 1,000 characters by default.", Severity.WARNING,
            false, Concern.CONTENT, List.of(new RuleOption(MAX_OPTION, Integer.toString(DEFAULT_MAX))));

    private final int max;

    public EntryLengthRule() {
        this(DEFAULT_MAX);
    }

    private EntryLengthRule(int max) {
        this.max = max;
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }


    @Override
    public DigestRule withOptions(RuleOptions options) throws ConfigurationException {
        return new EntryLengthRule(options.integer(MAX_OPTION, 1).orElse(max));
    }

    @Override
    public void check(Post post, DigestKind kind, Reporter reporter) {
        for (Entry entry : post.entries()) {
            int length = 0;
            Section longest = null;
            int longestLength = 0;
            for (Section section : entry.sections()) {
                int sectionLength = section.blocks().stream().mapToInt(EntryLengthRule::length).sum();
                length += sectionLength;
                if (sectionLength > longestLength) {
                    longest = section;
                    longestLength = sectionLength;
                }
            }
            if (length > max) {
                reporter.report(entry.heading().span(), entry.label() + " is " + number(length)
                        + " characters long; expected at most " + number(max) + ", so shorten it, starting with its"
                        + " longest section, " + SectionNames.quoted(longest.name()) + " (" + number(longestLength)
                        + " characters)");
            }
        }
    }

    private static int length(Block block) {
        return block.text().codePointCount(0, block.text().length());
    }

    private static String number(int count) {
        return String.format(Locale.ROOT, "%,d", count);
    }
}
