package io.github.digestlint.rules.entries;

import io.github.digestlint.model.DigestKind;
import io.github.digestlint.model.FrontMatter;
import io.github.digestlint.model.Post;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.DigestRule;
import io.github.digestlint.rule.Reporter;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;
import io.github.digestlint.source.SourceText;

/**
 * A digest without entries is an empty page in the series: the script that writes the posts
 * failed, or the entries lost their {@code # N.} headings.
 */
public final class NoEntriesRule implements DigestRule {

    private static final RuleMetadata METADATA = new RuleMetadata("no-entries",
            "A digest without a single entry.", Severity.ERROR, false, Concern.ENTRIES);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Post post, DigestKind kind, Reporter reporter) {
        if (post.entries().isEmpty()) {
            reporter.report(bodyStart(post), "digest has no entries; expected entries such as '"
                    + kind.entryTitleLine(1, "Paper title", kind.arxivLink().scheme() + "://arxiv.org/abs/YYMM.NNNNN")
                    + "' after the front matter");
        }
    }

    /** The line after the front matter, where the first entry belongs; the start of the post without one. */
    private static int bodyStart(Post post) {
        SourceText source = post.source();
        return post.frontMatter().flatMap(FrontMatter::closing).map(closing -> {
            int line = source.lineOf(closing.end());
            return line < source.lineCount() ? source.lineStart(line + 1) : closing.end();
        }).orElse(0);
    }
}
