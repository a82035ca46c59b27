package io.github.digestlint.rules.links;

import io.github.digestlint.model.ArxivId;
import io.github.digestlint.model.DigestKind;
import io.github.digestlint.model.Entry;
import io.github.digestlint.model.Link;
import io.github.digestlint.model.PaperLink;
import io.github.digestlint.model.Post;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.DigestRule;
import io.github.digestlint.rule.Reporter;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The link lines a kind's entries have below their title, such as
 * {@code [Read Paper](https://huggingface.co/papers/<id>)}: each required one is there, points to
 * the URL its kind gives, without a version the page does not take, and names the entry's paper.
 * A reader who follows a line that points elsewhere lands on another paper, or on nothing.
 */
public final class PaperLinkRule implements DigestRule {

    private static final RuleMetadata METADATA = new RuleMetadata("paper-link",
            "An entry without one of its kind's link lines, or with one that does not point to the entry's paper at"
                    + " the URL the kind gives.",
            Severity.ERROR, true, Concern.LINKS);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Post post, DigestKind kind, Reporter reporter) {
        for (Entry entry : post.entries()) {
            for (PaperLink line : kind.format().links()) {
                // Looked for in the whole entry: a line written below the summary still leads to the paper.
                Optional<Link> link = Stream.concat(entry.lead().stream(),
                                entry.sections().stream().flatMap(section -> section.blocks().stream()))
                        .flatMap(block -> block.links().stream())
                        .filter(candidate -> candidate.text().strip().equalsIgnoreCase(line.label())).findFirst();
                if (link.isPresent()) {
                    check(post, entry, line, link.get(), reporter);
                } else if (line.required()) {
                    reporter.report(entry.heading().span().end(), entry.label() + " has no '" + line.label()
                            + "' line; add '[" + line.label() + "](" + entry.paper().map(line::urlFor)
                                    .orElse(line.url().replace(PaperLink.ID, "<id>")) + ")' below its title");
                }
            }
        }
    }

    private static void check(Post post, Entry entry, PaperLink line, Link link, Reporter reporter) {
        String url = link.destination();
        Optional<ArxivId> named = line.paperIn(url);
        Optional<ArxivId> paper = entry.paper().map(ArxivId::withoutVersion);
        if (named.isEmpty()) {
            String expected = paper.map(line::urlFor).orElse(line.url().replace(PaperLink.ID, "<id>"));
            reporter.report(link.destinationSpan(), entry.label() + "'s '" + line.label() + "' link goes to '" + url
                    + "'; expected '" + expected + "'", paper.isPresent()
                            ? LinkFixes.replaceDestination(post.source(), link, expected) : List.of());
        } else if (paper.isPresent() && !named.get().withoutVersion().equals(paper.get())) {
            reporter.report(link.destinationSpan(), entry.label() + "'s '" + line.label() + "' link names paper "
                    + named.get() + ", but the entry is about " + paper.get() + " (its first link); make them agree");
        } else if (named.get().version().isPresent()) {
            String expected = line.urlFor(named.get());
            reporter.report(link.destinationSpan(), entry.label() + "'s '" + line.label() + "' link has the version"
                    + " v" + named.get().version().getAsInt() + "; expected '" + expected + "', the page of the paper",
                    LinkFixes.replaceDestination(post.source(), link, expected));
        }
    }
}
