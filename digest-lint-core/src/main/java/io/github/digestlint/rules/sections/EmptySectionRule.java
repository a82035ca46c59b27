package io.github.digestlint.rules.sections;

import io.github.digestlint.model.Block;
import io.github.digestlint.model.DigestKind;
import io.github.digestlint.model.Entry;
import io.github.digestlint.model.Post;
import io.github.digestlint.model.Section;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.DigestRule;
import io.github.digestlint.rule.Reporter;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;
import io.github.digestlint.rules.shared.SectionNames;
import java.util.regex.Pattern;

/**
 * A section heading followed directly by the next heading: the model ran out of tokens, or the
 * script dropped its answer. A horizontal rule or an HTML comment shows nothing, so it does not
 * count as content.
 */
public final class EmptySectionRule implements DigestRule {

    private static final RuleMetadata METADATA = new RuleMetadata("empty-section",
            "A section heading with no content before the next heading.", Severity.ERROR, false,
            Concern.SECTIONS);

    private static final Pattern COMMENTS = Pattern.compile("(?s)\\s*(<!--.*?-->\\s*)+");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Post post, DigestKind kind, Reporter reporter) {
        for (Entry entry : post.entries()) {
            for (Section section : entry.sections()) {
                if (section.blocks().stream().noneMatch(EmptySectionRule::shows)) {
                    reporter.report(section.heading().span(), "section " + SectionNames.quoted(section.name())
                            + " of " + entry.label()
                            + " is empty; write its text below the heading");
                }
            }
        }
    }

    /** Whether a block shows something on the page. */
    private static boolean shows(Block block) {
        return switch (block.kind()) {
            case THEMATIC_BREAK -> false;
            case HTML -> !COMMENTS.matcher(block.text()).matches();
            default -> true;
        };
    }
}
