package io.github.digestlint.rules.file;

import io.github.digestlint.model.Post;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.PostRule;
import io.github.digestlint.rule.Reporter;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;

/** Jekyll reads posts as UTF-8; other bytes show up as garbage on the page, NUL bytes mean a binary file. */
public final class EncodingRule implements PostRule {

    private static final RuleMetadata METADATA = new RuleMetadata("encoding",
            "A post that is not UTF-8 text, or holds NUL bytes.", Severity.ERROR, false, Concern.FILE);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Post post, Reporter reporter) {
        post.source().firstMalformedOffset().ifPresent(offset -> reporter.report(offset,
                "bytes here are not UTF-8 text; the page would show them as \uFFFD. Save the post as UTF-8"));
        int nul = post.source().text().indexOf('\0');
        if (nul >= 0) {
            reporter.report(nul, "the post holds a NUL byte, so it is a binary file rather than text");
        }
    }
}
