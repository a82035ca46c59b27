package io.github.digestlint.rules.content;

import io.github.digestlint.model.Block;
import io.github.digestlint.model.DigestKind;
import io.github.digestlint.model.Post;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.DigestRule;
import io.github.digestlint.rule.Reporter;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;

/**
 * A digest summarises papers in prose; the script forbids code. A fenced block is a model that
 * quoted code or wrapped its answer in a fence; an indented one is usually text that a stray
 * indentation of four spaces turned into a grey box. Blocks inside lists and quotes count too.
 */
public final class NoCodeBlockRule implements DigestRule {

    private static final RuleMetadata METADATA = new RuleMetadata("no-code-block",
            "A fenced or indented code block in a digest.", Severity.ERROR, false, Concern.CONTENT);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Post post, DigestKind kind, Reporter reporter) {
        post.blocks().forEach(block -> check(block, reporter));
    }

    private static void check(Block block, Reporter reporter) {
        switch (block.kind()) {
            case FENCED_CODE -> reporter.report(block.span(), "a code block in a digest; digests are prose, so"
                    + " describe what the code does in a sentence and delete the block");
            case INDENTED_CODE -> reporter.report(block.span(), "text indented by four or more spaces shows as a code"
                    + " block; remove the indentation");
            default -> block.children().forEach(child -> check(child, reporter));
        }
    }
}
