package io.github.digestlint.rules.entries;

import io.github.digestlint.model.DigestKind;
import io.github.digestlint.model.Entry;
import io.github.digestlint.model.Link;
import io.github.digestlint.model.Post;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.DigestRule;
import io.github.digestlint.rule.Reporter;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;
import io.github.digestlint.rules.shared.EnglishList;
import io.github.digestlint.rules.shared.Whitespace;
import io.github.digestlint.source.Span;
import io.github.digestlint.source.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Titles copied from arXiv keep its line wrapping as runs of spaces ({@code Follow   Real
 * Instructions}). The page collapses them, but search, the feed and every diff do not. The title
 * is read as written in the heading's link text, since the parsed text has lost its ends.
 */
public final class TitleWhitespaceRule implements DigestRule {

    private static final RuleMetadata METADATA = new RuleMetadata("title-whitespace",
            "An entry title with several spaces in a row, or spaces at its start or end.", Severity.WARNING, true,
            Concern.ENTRIES).offByDefault();

    private static final Pattern BLANKS = Pattern.compile("[ \\t]+");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Post post, DigestKind kind, Reporter reporter) {
        if (!kind.format().titleIsLink()) {
            // Markdown already joins the blanks of a plain title into one space.
            return;
        }
        for (Entry entry : post.entries()) {
            entry.link().ifPresent(link -> check(post, link, reporter));
        }
    }

    private static void check(Post post, Link link, Reporter reporter) {
        String raw = post.source().slice(link.span());
        int labelEnd = labelEnd(raw);
        if (labelEnd < 0) {
            return;
        }
        String label = raw.substring(1, labelEnd);
        if (label.isBlank()) {
            return;
        }
        int labelStart = link.span().start() + 1;
        String leading = null;
        String trailing = null;
        List<String> inside = new ArrayList<>();
        // Each edit covers one run of blanks, so the rest of the heading stays as written.
        List<TextEdit> fix = new ArrayList<>();
        Matcher blanks = BLANKS.matcher(label);
        while (blanks.find()) {
            String run = blanks.group();
            String replacement = " ";
            if (blanks.start() == 0) {
                leading = run;
                replacement = "";
            } else if (blanks.end() == label.length()) {
                trailing = run;
                replacement = "";
            } else if (!run.equals(" ")) {
                inside.add(run);
            } else {
                continue;
            }
            fix.add(new TextEdit(new Span(labelStart + blanks.start(), labelStart + blanks.end()), replacement));
        }
        if (fix.isEmpty()) {
            return;
        }
        List<String> problems = new ArrayList<>();
        if (leading != null) {
            problems.add("starts with " + Whitespace.describe(leading));
        }
        if (inside.size() == 1) {
            problems.add("has " + Whitespace.describe(inside.get(0)) + " where one space belongs");
        } else if (inside.size() > 1) {
            problems.add("has several spaces in a row in " + inside.size() + " places");
        }
        if (trailing != null) {
            problems.add("ends with " + Whitespace.describe(trailing));
        }
        reporter.report(fix.get(0).span(), "title " + EnglishList.join(problems) + "; expected \"" + Whitespace.collapse(label)
                + "\"", fix);
    }

    /** The index of the {@code ]} that closes the link text opened at index 0, or -1. */
    private static int labelEnd(String raw) {
        if (raw.isEmpty() || raw.charAt(0) != '[') {
            return -1;
        }
        int depth = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
