package io.github.digestlint.rules.sections;

import io.github.digestlint.model.DigestKind;
import io.github.digestlint.model.Heading;
import io.github.digestlint.model.Post;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.DigestRule;
import io.github.digestlint.rule.Reporter;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;
import io.github.digestlint.rules.shared.SectionNames;
import io.github.digestlint.rules.shared.Whitespace;
import io.github.digestlint.source.SourceText;
import io.github.digestlint.source.Span;
import io.github.digestlint.source.TextEdit;
import java.util.List;

/**
 * Spaces or tabs at the end of a heading line do nothing on the page but show up in every diff.
 * Body lines are left alone: there two spaces at the end are a Markdown hard line break, meant. Of
 * a heading underlined with {@code ---} or {@code ===}, the underline and the line above it are
 * checked; an earlier line of it may end in an intended line break.
 */
public final class HeadingTrailingSpaceRule implements DigestRule {

    private static final RuleMetadata METADATA = new RuleMetadata("heading-trailing-space",
            "A heading line that ends in spaces or tabs.", Severity.WARNING, true, Concern.SECTIONS)
            .offByDefault();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Post post, DigestKind kind, Reporter reporter) {
        SourceText source = post.source();
        for (Heading heading : post.headings()) {
            int first = source.lineOf(heading.span().start());
            int last = source.lineOf(heading.span().end());
            for (int line = Math.max(first, last - 1); line <= last; line++) {
                check(source, line, reporter);
            }
        }
    }

    private static void check(SourceText source, int line, Reporter reporter) {
        String text = source.line(line);
        int end = text.length();
        int start = end;
        while (start > 0 && Whitespace.isBlank(text.charAt(start - 1))) {
            start--;
        }
        if (start == end || start == 0) {
            return;
        }
        int offset = source.lineStart(line);
        String blanks = text.substring(start);
        // The span ends where the line's text does, so deleting it keeps the line ending as it is.
        Span trailing = new Span(offset + start, offset + end);
        reporter.report(trailing, "heading " + SectionNames.quoted(text.substring(0, start).strip()) + " ends with "
                + Whitespace.describe(blanks) + "; remove " + (blanks.length() == 1 ? "it" : "them"),
                List.of(TextEdit.delete(trailing)));
    }
}
