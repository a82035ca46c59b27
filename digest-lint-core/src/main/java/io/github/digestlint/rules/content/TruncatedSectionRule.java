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
import io.github.digestlint.rules.content.Sentences.Sentence;
import java.util.List;

/**
 * A model that runs out of tokens stops mid-sentence, and the script publishes what it got. Every
 * section of the published posts ends in a finished sentence except the {@code 정보 부족}
 * placeholders, so a section or Introduction bullet whose last sentence has no end mark was cut
 * off. Only the end is checked: that is where a cut happens.
 */
public final class TruncatedSectionRule implements DigestRule {

    private static final RuleMetadata METADATA = new RuleMetadata("truncated-section",
            "A section or Introduction bullet that does not end in a finished sentence.", Severity.ERROR, false,
            Concern.CONTENT, List.of(Placeholders.DEFAULT_OPTION));

    private final Placeholders placeholders;

    public TruncatedSectionRule() {
        this(Placeholders.DEFAULT);
    }

    private TruncatedSectionRule(Placeholders placeholders) {
        this.placeholders = placeholders;
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }


    @Override
    public DigestRule withOptions(RuleOptions options) throws ConfigurationException {
        return new TruncatedSectionRule(Placeholders.configured(options, placeholders));
    }

    /** Chinese and Japanese end a sentence with full-width marks. */
    private static boolean fullWidth(DigestKind kind) {
        String language = kind.format().language();
        return language.startsWith("zh") || language.startsWith("ja");
    }

    @Override
    public void check(Post post, DigestKind kind, Reporter reporter) {
        for (Passage passage : Passage.of(post)) {
            if (placeholders.matches(passage.text())) {
                continue;
            }
            Piece last = passage.pieces().get(passage.pieces().size() - 1);
            Sentence end = last.sentences().get(last.sentences().size() - 1);
            if (end.finished()) {
                continue;
            }
            String sentence = end.in(last.text());
            String how = sentence.endsWith("...") || sentence.endsWith("…") ? "an ellipsis" : "an unfinished sentence";
            reporter.report(last.source(end.start(), end.end()), passage.where() + " ends in " + how + ", "
                    + Excerpts.end(sentence) + "; finish the sentence with " + (fullWidth(kind) ? "'。', '？' or '！'"
                            : "'.', '?' or '!'"));
        }
    }
}
