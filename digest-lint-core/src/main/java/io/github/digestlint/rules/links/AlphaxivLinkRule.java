package io.github.digestlint.rules.links;

import io.github.digestlint.config.DigestKind;
import io.github.digestlint.model.ArxivId;
import io.github.digestlint.model.Block;
import io.github.digestlint.model.Entry;
import io.github.digestlint.model.Link;
import io.github.digestlint.model.Post;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.Reporter;
import io.github.digestlint.rule.Rule;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Right under each entry's heading, {@code > [Alphaxiv](https://www.alphaxiv.org/ko/overview/<id>)}
 * takes the reader to the paper's overview in the blog's language. The script that writes the
 * posts sometimes drops the line, or links another paper's page. Kinds without an Alphaxiv
 * language have no such line and are not checked.
 */
public final class AlphaxivLinkRule implements Rule {

    private static final RuleMetadata METADATA = new RuleMetadata("alphaxiv-link",
            "An entry without exactly one Alphaxiv line right after its heading, or whose Alphaxiv link is not the"
                    + " overview of the entry's paper in the kind's language.",
            Severity.ERROR, true, Concern.LINKS);

    private static final String TEXT = "Alphaxiv";
    /** An overview page: group 1 is the language, absent for English; group 2 the arXiv id. */
    private static final Pattern OVERVIEW = Pattern.compile(
            "https://www\\.alphaxiv\\.org/(?:([^/?#]+)/)?overview/([^?#]+)");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Post post, Reporter reporter) {
        post.kind().ifPresent(kind -> kind.alphaxivLanguage().ifPresent(language -> {
            for (Entry entry : post.entries()) {
                check(kind, language, entry, reporter);
            }
        }));
    }

    private static void check(DigestKind kind, String language, Entry entry, Reporter reporter) {
        Optional<ArxivId> paper = entry.link().flatMap(link -> ArxivId.fromUrl(link.destination()))
                .map(ArxivId::withoutVersion);
        String expected = kind.expectedAlphaxivUrl(paper.map(ArxivId::toString).orElse("<arXiv id>")).orElseThrow();
        List<Link> links = entry.alphaxivLinks();
        if (links.isEmpty()) {
            reporter.report(entry.heading().span().start(), entry.label() + " has no Alphaxiv line; add '> ["
                    + TEXT + "](" + expected + ")' after its heading");
            return;
        }
        for (Link extra : links.subList(1, links.size())) {
            reporter.report(extra.span().start(), entry.label() + " has more than one Alphaxiv link; keep only"
                    + " the line right after its heading");
        }
        Link link = links.get(0);
        Block first = entry.lead().get(0);
        if (first.kind() != Block.Kind.BLOCK_QUOTE || !first.links().contains(link)) {
            Block holder = entry.lead().stream().filter(block -> block.links().contains(link)).findFirst()
                    .orElseThrow();
            reporter.report(holder.span().start(), entry.label() + "'s Alphaxiv line must be a block quote right"
                    + " after its heading: '> [" + TEXT + "](" + expected + ")'");
        } else if (!first.text().equals(link.text().strip())) {
            reporter.report(first.span().start(), entry.label() + "'s Alphaxiv line holds more than the link;"
                    + " expected only '> [" + TEXT + "](" + expected + ")'");
        }
        if (!link.text().equals(TEXT)) {
            reporter.report(link.span().start(), entry.label() + "'s Alphaxiv link reads '" + link.text()
                    + "'; expected '[" + TEXT + "](…)'");
        }
        checkUrl(language, link, paper, expected, entry, reporter);
    }

    private static void checkUrl(String language, Link link, Optional<ArxivId> paper, String expected, Entry entry,
            Reporter reporter) {
        String url = link.destination();
        String found = entry.label() + "'s Alphaxiv link is '" + url + "'";
        Matcher overview = OVERVIEW.matcher(url);
        if (!overview.matches()) {
            reporter.report(link.destinationSpan(), found + "; expected '" + expected + "'");
            return;
        }
        String linkedLanguage = overview.group(1) == null ? DigestKind.ENGLISH : overview.group(1);
        Optional<ArxivId> linked = ArxivId.parse(overview.group(2)).map(ArxivId::withoutVersion);
        if (!linkedLanguage.equals(language)) {
            reporter.report(link.destinationSpan(), found + ", the '" + linkedLanguage + "' page; expected the '"
                    + language + "' page, '" + expected + "'");
        } else if (linked.isPresent() && paper.isPresent() && !linked.equals(paper)) {
            reporter.report(link.destinationSpan(), found + ", the overview of " + linked.get()
                    + ", but the entry is about " + paper.get() + "; expected '" + expected + "'");
        } else if (paper.isPresent() && !url.equals(expected)) {
            reporter.report(link.destinationSpan(), found + "; expected '" + expected + "'");
        }
    }
}
