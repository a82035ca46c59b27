package io.github.digestlint.rules.links;

import io.github.digestlint.model.ArxivId;
import io.github.digestlint.model.Block;
import io.github.digestlint.model.DigestKind;
import io.github.digestlint.model.Entry;
import io.github.digestlint.model.Heading;
import io.github.digestlint.model.Link;
import io.github.digestlint.model.Post;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.DigestRule;
import io.github.digestlint.rule.Reporter;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;
import io.github.digestlint.rules.shared.Whitespace;
import io.github.digestlint.source.SourceText;
import io.github.digestlint.source.Span;
import io.github.digestlint.source.TextEdit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Right under each entry's heading, {@code > [Alphaxiv](https://www.alphaxiv.org/ko/overview/<id>)}
 * takes the reader to the paper's overview in the blog's language. The script that writes the
 * posts sometimes drops the line, or links another paper's page. Kinds without an Alphaxiv
 * language have no such line and are not checked.
 *
 * <p>The fix adds a missing line and corrects the URL of a line that is plainly the overview link,
 * as long as the entry's arXiv id can be read. A second line, or words beside the link, may mean
 * something the fix cannot tell, so those findings get no fix.
 */
public final class AlphaxivLinkRule implements DigestRule {

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
    public void check(Post post, DigestKind kind, Reporter reporter) {
        kind.alphaxivLanguage().ifPresent(language -> {
            for (Entry entry : post.entries()) {
                check(post.source(), kind, language, entry, reporter);
            }
        });
    }

    private static void check(SourceText source, DigestKind kind, String language, Entry entry,
            Reporter reporter) {
        Optional<ArxivId> paper = entry.paper().map(ArxivId::withoutVersion);
        String expected = kind.expectedAlphaxivUrl(paper.map(ArxivId::toString).orElse("<arXiv id>")).orElseThrow();
        List<Link> links = entry.alphaxivLinks();
        if (links.isEmpty()) {
            List<TextEdit> fix = paper.isPresent() ? List.of(insertLine(source, entry.heading(), expected)) : List.of();
            reporter.report(Span.at(entry.heading().span().start()), entry.label() + " has no Alphaxiv line; add '> ["
                    + TEXT + "](" + expected + ")' after its heading", fix);
            return;
        }
        for (Link extra : links.subList(1, links.size())) {
            reporter.report(extra.span().start(), entry.label() + " has more than one Alphaxiv link; keep only"
                    + " the line right after its heading");
        }
        Link link = links.get(0);
        Block first = entry.lead().get(0);
        boolean inPlace = first.kind() == Block.Kind.BLOCK_QUOTE && first.links().contains(link);
        boolean onlyTheLink = first.text().equals(link.text().strip());
        if (!inPlace) {
            Block holder = entry.lead().stream().filter(block -> block.links().contains(link)).findFirst()
                    .orElseThrow();
            reporter.report(holder.span().start(), entry.label() + "'s Alphaxiv line must be a block quote right"
                    + " after its heading: '> [" + TEXT + "](" + expected + ")'");
        } else if (!onlyTheLink) {
            reporter.report(first.span().start(), entry.label() + "'s Alphaxiv line holds more than the link;"
                    + " expected only '> [" + TEXT + "](" + expected + ")'");
        }
        if (!link.text().equals(TEXT)) {
            reporter.report(link.span().start(), entry.label() + "'s Alphaxiv link reads '" + link.text()
                    + "'; expected '[" + TEXT + "](…)'");
        }
        // The URL is corrected only on a single line, in its place, that holds nothing but the link:
        // words in or beside it, such as "(English)", could be why it points where it does.
        boolean plainLine = links.size() == 1 && inPlace && onlyTheLink && link.text().strip().equalsIgnoreCase(TEXT);
        List<TextEdit> fix = plainLine && paper.isPresent()
                ? LinkFixes.replaceDestination(source, link, expected) : List.of();
        checkUrl(language, link, paper, expected, entry, fix, reporter);
    }

    /**
     * The line to add: right after the heading, between blank lines. A blank line that already
     * follows the heading is reused, so that the fix never doubles one.
     */
    private static TextEdit insertLine(SourceText source, Heading heading, String url) {
        String line = "> [" + TEXT + "](" + url + ")";
        int headingLine = source.lineOf(heading.span().end() - 1);
        String newline = source.lineEnding(headingLine);
        if (headingLine == source.lineCount()) {
            // The heading ends the post without a line break of its own.
            return TextEdit.insert(source.length(), newline + newline + line);
        }
        int next = headingLine + 1;
        // A blank last line has no line break to put the inserted line after, so it is not reused.
        boolean blankFollows = next < source.lineCount() && isBlank(source.line(next));
        int at = blankFollows ? next + 1 : next;
        return TextEdit.insert(source.lineStart(at),
                (blankFollows ? "" : newline) + line + newline + (isBlank(source.line(at)) ? "" : newline));
    }

    private static boolean isBlank(String line) {
        return line.chars().allMatch(c -> Whitespace.isBlank((char) c));
    }

    private static void checkUrl(String language, Link link, Optional<ArxivId> paper, String expected, Entry entry,
            List<TextEdit> fix, Reporter reporter) {
        String url = link.destination();
        String found = entry.label() + "'s Alphaxiv link is '" + url + "'";
        Matcher overview = OVERVIEW.matcher(url);
        if (!overview.matches()) {
            reporter.report(link.destinationSpan(), found + "; expected '" + expected + "'", fix);
            return;
        }
        String linkedLanguage = overview.group(1) == null ? DigestKind.ENGLISH : overview.group(1);
        Optional<ArxivId> linked = ArxivId.parse(overview.group(2)).map(ArxivId::withoutVersion);
        if (!linkedLanguage.equals(language)) {
            reporter.report(link.destinationSpan(), found + ", the '" + linkedLanguage + "' page; expected the '"
                    + language + "' page, '" + expected + "'", fix);
        } else if (linked.isPresent() && paper.isPresent() && !linked.equals(paper)) {
            reporter.report(link.destinationSpan(), found + ", the overview of " + linked.get()
                    + ", but the entry is about " + paper.get() + "; expected '" + expected + "'", fix);
        } else if (paper.isPresent() && !url.equals(expected)) {
            reporter.report(link.destinationSpan(), found + "; expected '" + expected + "'", fix);
        }
    }
}
