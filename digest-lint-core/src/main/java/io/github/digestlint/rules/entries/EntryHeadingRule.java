package io.github.digestlint.rules.entries;

import io.github.digestlint.model.DigestKind;
import io.github.digestlint.model.Entry;
import io.github.digestlint.model.EntryFormat;
import io.github.digestlint.model.Heading;
import io.github.digestlint.model.Link;
import io.github.digestlint.model.Post;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.DigestRule;
import io.github.digestlint.rule.Reporter;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;
import io.github.digestlint.source.SourceText;
import io.github.digestlint.source.Span;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An entry heading is {@code # N. [title](url)}, or in the kind's format {@code ### N. Title} or a
 * bold line {@code **N. Title**}: the page's table of contents, the entry's anchor and, where the
 * title is the link, the link to the paper all come from it. Markdown renders a broken link as
 * plain brackets without complaint, so the heading is also read as written: the parsed heading has
 * no link to show what went wrong.
 */
public final class EntryHeadingRule implements DigestRule {

    private static final RuleMetadata METADATA = new RuleMetadata("entry-heading",
            "An entry heading that is not as the kind writes it ('# N. [title](url)' by default): wrong level, no"
                    + " number, or a missing or broken link.",
            Severity.ERROR, false, Concern.ENTRIES);

    /** The heading markers and the number at the start of the heading's line. */
    private static final Pattern PREFIX = Pattern.compile(
            " {0,3}(?:#{1,6}(?=[ \\t]|$))?[ \\t]*(?:\\d{1,9}\\.)?[ \\t]*");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Post post, DigestKind kind, Reporter reporter) {
        for (int index = 0; index < post.entries().size(); index++) {
            new HeadingCheck(post.source(), kind, post.entries().get(index), index + 1, reporter).run();
        }
    }

    /** One entry's heading, read from its first line as written. */
    private static final class HeadingCheck {
        private final SourceText source;
        private final DigestKind kind;
        private final Entry entry;
        private final int place;
        private final Reporter reporter;
        private final Heading heading;
        private final int lineStart;
        /** The text after the markers and the number, where the link belongs, without blanks at its end. */
        private final String rest;
        private final int restStart;

        HeadingCheck(SourceText source, DigestKind kind, Entry entry, int place, Reporter reporter) {
            this.source = source;
            this.kind = kind;
            this.entry = entry;
            this.place = place;
            this.reporter = reporter;
            this.heading = entry.heading();
            this.lineStart = heading.span().start();
            String line = source.slice(heading.span()).lines().findFirst().orElse("");
            Matcher prefix = PREFIX.matcher(line);
            int after = prefix.lookingAt() ? prefix.end() : 0;
            this.rest = line.substring(after).stripTrailing();
            this.restStart = lineStart + after;
        }

        void run() {
            EntryFormat format = kind.format();
            if (format.start() == EntryFormat.Start.HEADING && heading.level() != kind.entryLevel()) {
                reporter.report(lineStart, entry.label() + "'s heading starts with '" + "#".repeat(heading.level())
                        + "'; expected '" + "#".repeat(kind.entryLevel()) + "', the level of an entry, as in '"
                        + expected() + "'");
            }
            if (entry.number().isEmpty()) {
                reporter.report(restStart, "entry " + format.start().noun() + " has no number; expected '" + place
                        + ". ' before the " + (format.titleIsLink() ? "link" : "title") + ", as in '" + expected()
                        + "'");
            }
            if (!format.titleIsLink()) {
                return;
            }
            List<Link> links = heading.links();
            if (links.isEmpty()) {
                reportBrokenLink();
            } else if (links.size() > 1) {
                reporter.report(links.get(1).span().start(), entry.label() + "'s heading has " + links.size()
                        + " links; expected only the link to the paper, as in '" + expected() + "'");
            } else {
                checkLink(links.get(0));
            }
        }

        private void checkLink(Link link) {
            int restEnd = restStart + rest.length();
            if (link.span().start() > restStart) {
                reporter.report(restStart, entry.label() + "'s heading has '"
                        + source.slice(new Span(restStart, link.span().start())).strip()
                        + "' before the link; expected the link right after the number");
            }
            if (link.span().end() < restEnd) {
                reporter.report(link.span().end(), entry.label() + "'s heading has '"
                        + source.slice(new Span(link.span().end(), restEnd)).strip()
                        + "' after the link; expected the heading to end with the link");
            }
            if (link.text().isBlank()) {
                reporter.report(link.span().start(), entry.label() + "'s link has no title; expected the paper's"
                        + " title between '[' and ']'");
            }
        }

        /** Commonmark made no link of the heading: find out which part of {@code [title](url)} is broken. */
        private void reportBrokenLink() {
            int open = rest.indexOf('[');
            if (open < 0) {
                reporter.report(restStart, entry.label() + "'s heading has no link to the paper; expected '"
                        + expected() + "'");
                return;
            }
            int target = rest.indexOf("](", open);
            int close = rest.indexOf(']', open);
            if (target >= 0) {
                boolean closed = rest.indexOf(')', target) >= 0;
                reporter.report(restStart + target + 1, entry.label() + (closed
                        ? "'s link target is not a URL (it may hold a space); expected '(" + exampleUrl() + ")'"
                        : "'s link has '(' but no closing ')'; add ')' after the URL"));
            } else if (close >= 0) {
                reporter.report(restStart + close + 1, entry.label() + "'s link text '"
                        + rest.substring(open, close + 1) + "' is not followed by '(url)'; expected '(' right after"
                        + " ']', as in '" + expected() + "'");
            } else if (nextLineContinuesLink()) {
                reporter.report(restStart + open, entry.label() + "'s link text runs over more than one line;"
                        + " expected the whole heading on one line");
            } else {
                reporter.report(restStart + open, entry.label() + "'s link text has '[' but no closing ']';"
                        + " expected '" + expected() + "'");
            }
        }

        private boolean nextLineContinuesLink() {
            int line = source.lineOf(lineStart) + 1;
            return line <= source.lineCount() && source.line(line).contains("](");
        }

        private String expected() {
            return kind.entryTitleLine(entry.number().orElse(place), kind.format().titleIsLink() ? "title" : "Title",
                    exampleUrl());
        }

        private String exampleUrl() {
            return kind.arxivLink().scheme() + "://arxiv.org/abs/<id>";
        }
    }
}
