package io.github.digestlint.rules.content;

import io.github.digestlint.model.DigestKind;
import io.github.digestlint.model.Post;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.ConfigurationException;
import io.github.digestlint.rule.DigestRule;
import io.github.digestlint.rule.Reporter;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.RuleOptions;
import io.github.digestlint.rule.Severity;
import io.github.digestlint.rules.content.Passage.Piece;
import java.util.List;

/**
 * The script tells the model to write {@code 정보 부족} where the paper is unclear, and models leave
 * {@code TBD} or {@code N/A} of their own. The post is still valid, but a reader learns nothing
 * from that section: the warning lists what to fill in from the paper before publishing.
 */
public final class PlaceholderRule implements DigestRule {

    private static final RuleMetadata METADATA = new RuleMetadata("placeholder",
            "A section or Introduction bullet that holds only a placeholder such as '정보 부족' or 'TBD'.",
            Severity.WARNING, false, Concern.CONTENT, List.of(Placeholders.DEFAULT_OPTION));

    private final Placeholders placeholders;

    public PlaceholderRule() {
        this(Placeholders.DEFAULT);
    }

    private PlaceholderRule(Placeholders placeholders) {
        this.placeholders = placeholders;
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }


    @Override
    public DigestRule withOptions(RuleOptions options) throws ConfigurationException {
        return new PlaceholderRule(Placeholders.configured(options, placeholders));
    }

    @Override
    public void check(Post post, DigestKind kind, Reporter reporter) {
        for (Passage passage : Passage.of(post)) {
            String text = passage.text();
            if (placeholders.matches(text)) {
                Piece first = passage.pieces().get(0);
                reporter.report(first.source(0, first.text().length()), passage.where()
                        + " holds only the placeholder " + Excerpts.end(text) + "; write what the paper says there");
            }
        }
    }
}
