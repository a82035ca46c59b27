package io.github.digestlint.rules.links;

import io.github.digestlint.model.ArxivId;
import io.github.digestlint.model.ArxivLinkForm;
import io.github.digestlint.model.DigestKind;
import io.github.digestlint.model.Entry;
import io.github.digestlint.model.Link;
import io.github.digestlint.model.Post;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.DigestRule;
import io.github.digestlint.rule.Reporter;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;
import io.github.digestlint.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An entry links to the paper's arXiv abstract page in one form, the kind's: the abstract (not
 * the PDF, which readers may not want to download), on {@code arxiv.org} itself (not a mirror),
 * with or without a version as the kind decides. One form keeps links comparable across posts.
 * Whether the id itself is valid is arxiv-id's check. A kind whose titles are not links has no such
 * link; its link lines are paper-link's.
 *
 * <p>The fix rewrites the link to that form when the id can be read from it; a kind that requires
 * a version gets no fix for a link without one, since only the blogger knows which was summarised.
 */
public final class ArxivLinkRule implements DigestRule {

    private static final RuleMetadata METADATA = new RuleMetadata("arxiv-link",
            "An entry link that is not the kind's arXiv abstract URL, such as 'https://arxiv.org/abs/YYMM.NNNNN'.",
            Severity.ERROR, true, Concern.LINKS);

    private static final String HOST = "arxiv.org";

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Post post, DigestKind kind, Reporter reporter) {
        if (!kind.format().titleIsLink()) {
            // The entry's paper is linked from a link line, whose form is paper-link's check.
            return;
        }
        for (Entry entry : post.entries()) {
            entry.link().ifPresent(link -> check(post.source(), kind.arxivLink(), entry, link, reporter));
        }
    }

    private static void check(SourceText source, ArxivLinkForm form, Entry entry, Link link, Reporter reporter) {
        String url = link.destination();
        Optional<ArxivId> paper = entry.paper();
        if (paper.isEmpty()) {
            reporter.report(link.destinationSpan(), entry.label() + " links to '" + url + "', which is not an arXiv"
                    + " abstract page; expected '" + abstractPage(form, "<id>") + "'");
            return;
        }
        ArxivId id = paper.get();
        if (form.version() == ArxivLinkForm.Version.REQUIRED && id.version().isEmpty()) {
            reporter.report(link.destinationSpan(), entry.label() + " links to '" + url + "' without a version;"
                    + " expected the version that was summarised, as in '" + abstractPage(form, id + "v1") + "'");
            return;
        }
        String expected = abstractPage(form,
                (form.version() == ArxivLinkForm.Version.FORBIDDEN ? id.withoutVersion() : id).toString());
        if (!url.equals(expected)) {
            List<String> differences = differences(form, url, id);
            reporter.report(link.destinationSpan(), entry.label() + " links to '" + url + "'"
                    + (differences.isEmpty() ? "" : " (" + String.join(", ", differences) + ")")
                    + "; expected '" + expected + "'", LinkFixes.replaceDestination(source, link, expected));
        }
    }

    /** What a blogger should change, as far as it can be named. */
    private static List<String> differences(ArxivLinkForm form, String url, ArxivId id) {
        List<String> differences = new ArrayList<>();
        int schemeEnd = url.indexOf("://");
        String scheme = schemeEnd < 0 ? "" : url.substring(0, schemeEnd);
        if (!scheme.equalsIgnoreCase(form.scheme())) {
            differences.add(scheme.isEmpty() ? "no '" + form.scheme() + "://'"
                    : scheme + " instead of " + form.scheme());
        }
        int hostStart = schemeEnd < 0 ? 0 : schemeEnd + 3;
        String host = url.substring(hostStart, url.indexOf('/', hostStart));
        if (!host.equalsIgnoreCase(HOST)) {
            differences.add(host + " instead of " + HOST);
        }
        String lowerCase = url.toLowerCase(Locale.ROOT);
        if (lowerCase.contains("/pdf/") || lowerCase.endsWith(".pdf")) {
            differences.add("the PDF instead of the abstract page");
        }
        if (form.version() == ArxivLinkForm.Version.FORBIDDEN && id.version().isPresent()) {
            differences.add("the version suffix v" + id.version().getAsInt());
        }
        return differences;
    }

    private static String abstractPage(ArxivLinkForm form, String id) {
        return form.scheme() + "://" + HOST + "/abs/" + id;
    }
}
