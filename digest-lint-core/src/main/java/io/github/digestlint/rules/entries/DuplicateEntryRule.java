package io.github.digestlint.rules.entries;

import io.github.digestlint.model.ArxivId;
import io.github.digestlint.model.DigestKind;
import io.github.digestlint.model.Entry;
import io.github.digestlint.model.Link;
import io.github.digestlint.model.Post;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.DigestRule;
import io.github.digestlint.rule.Reporter;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A paper summarised twice in one post is a copy-paste slip, or a wrong link that hides the paper
 * that was meant. Papers are compared by arXiv id without version, whatever form the link takes.
 */
public final class DuplicateEntryRule implements DigestRule {

    private static final RuleMetadata METADATA = new RuleMetadata("duplicate-entry",
            "The same arXiv paper in two entries of one post.", Severity.ERROR, false, Concern.ENTRIES);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Post post, DigestKind kind, Reporter reporter) {
        Map<ArxivId, Entry> firstEntries = new HashMap<>();
        for (Entry entry : post.entries()) {
            Optional<Link> link = entry.link();
            Optional<ArxivId> paper = entry.paper().map(ArxivId::withoutVersion);
            if (paper.isEmpty()) {
                continue;
            }
            Entry first = firstEntries.putIfAbsent(paper.get(), entry);
            if (first != null) {
                reporter.report(link.get().destinationSpan(), entry.label() + " links to arXiv " + paper.get()
                        + ", the paper of the entry on line " + post.source().lineOf(first.heading().span().start())
                        + "; remove one of the two entries, or correct this link");
            }
        }
    }
}
