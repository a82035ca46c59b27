package io.github.digestlint.rules.content;

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

/**
 * Only the Introduction is a list of labelled bullets; every other section is a short paragraph.
 * Models turn prose into bullets, one per sentence, and the page then mixes two layouts.
 */
public final class ProseAsBulletsRule implements DigestRule {

    private static final RuleMetadata METADATA = new RuleMetadata("prose-as-bullets",
            "A section other than the Introduction written as a list instead of prose.", Severity.WARNING, false,
            Concern.CONTENT);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Post post, DigestKind kind, Reporter reporter) {
        for (Entry entry : post.entries()) {
            for (Section section : entry.sections()) {
                if (Passage.isIntroduction(kind, section)) {
                    continue;
                }
                for (Block list : section.blocks().stream().filter(Passage::isList).toList()) {
                    int items = list.children().size();
                    reporter.report(list.span(), "section " + SectionNames.quoted(section.name()) + " of "
                            + entry.label() + " is written as a list of " + items + " item"
                            + (items == 1 ? "" : "s") + "; expected prose: write "
                            + (items == 1 ? "it" : "them") + " as one paragraph, without list markers");
                }
            }
        }
    }
}
