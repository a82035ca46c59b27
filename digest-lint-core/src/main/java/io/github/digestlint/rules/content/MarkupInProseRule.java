package io.github.digestlint.rules.content;

import io.github.digestlint.model.Block.TextRange;
import io.github.digestlint.model.DigestKind;
import io.github.digestlint.model.Post;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.DigestRule;
import io.github.digestlint.rule.Reporter;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;
import io.github.digestlint.rules.content.Passage.Piece;

/**
 * A pipeline that scrapes a paper's page, or a model that copies from one, can leave pieces of the
 * page's HTML or CSS in a summary: {@code class="flex items-center gap-2">}, {@code color: #fff;}.
 * The page still renders, and the reader sees them as text among the prose, so it is a warning; a
 * summary that is nothing but such a fragment in every entry is {@code repeated-summary}'s error.
 * Code spans and blocks are not prose, and link targets are not text, so neither is read.
 */
public final class MarkupInProseRule implements DigestRule {

    private static final RuleMetadata METADATA = new RuleMetadata("markup-in-prose",
            "A fragment of HTML or CSS in an entry's prose: an attribute, the end of a tag, a CSS declaration,"
                    + " a list of CSS classes.", Severity.WARNING, false, Concern.CONTENT);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Post post, DigestKind kind, Reporter reporter) {
        for (Passage passage : Passage.of(post)) {
            for (Piece piece : passage.pieces()) {
                String text = piece.text();
                for (TextRange fragment : MarkupFragments.in(prose(piece))) {
                    reporter.report(piece.source(fragment.start(), fragment.end()), "markup "
                            + Excerpts.start(text.substring(fragment.start(), fragment.end())) + " in "
                            + passage.where() + " shows on the page as text; it is HTML or CSS left from a web page,"
                            + " not part of a summary, so delete it");
                }
            }
        }
    }

    /** The piece's text with its code blanked out, so that no fragment is found in it or across it. */
    private static String prose(Piece piece) {
        if (piece.block().verbatim().isEmpty()) {
            return piece.text();
        }
        char[] prose = piece.text().toCharArray();
        for (TextRange verbatim : piece.block().verbatim()) {
            int from = Math.max(verbatim.start() - piece.start(), 0);
            int to = Math.min(verbatim.end() - piece.start(), prose.length);
            for (int i = from; i < to; i++) {
                prose[i] = ' ';
            }
        }
        return new String(prose);
    }
}
