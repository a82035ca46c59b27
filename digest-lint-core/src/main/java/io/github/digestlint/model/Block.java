package io.github.digestlint.model;

import io.github.digestlint.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A Markdown block in a post's body, reduced to what rules read: its kind, where it stands, its
 * text as a reader sees it and where that text is written, the links in it, its items when it is
 * a list, the blocks inside it when it is a list item or a block quote, and which parts of its
 * text are not prose.
 *
 * @param verbatim the parts of {@link #text()} that the page shows as written or renders rather
 *     than as prose: inline code, code blocks and HTML blocks (those inside a list item or a quote
 *     too), in order
 */
public record Block(Kind kind, Span span, String text, TextOffsets textOffsets, List<Link> links,
        List<Block> children, List<TextRange> verbatim) implements BodyNode {

    public enum Kind {
        PARAGRAPH, BULLET_LIST, ORDERED_LIST, LIST_ITEM, BLOCK_QUOTE, FENCED_CODE, INDENTED_CODE, HTML,
        THEMATIC_BREAK
    }

    /** The chars of a block's text from {@code start} (inclusive) to {@code end} (exclusive). */
    public record TextRange(int start, int end) {

        public TextRange {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("not a range: [" + start + ", " + end + ")");
            }
        }
    }

    public Block {
        links = List.copyOf(links);
        children = List.copyOf(children);
        verbatim = List.copyOf(verbatim);
    }

    /**
     * The blocks a reader reads as prose, in order: paragraphs, quotes, and each item of a list;
     * code, HTML and breaks are left out.
     */
    public static List<Block> prose(List<Block> blocks) {
        List<Block> prose = new ArrayList<>();
        for (Block block : blocks) {
            switch (block.kind()) {
                case BULLET_LIST, ORDERED_LIST -> prose.addAll(block.children());
                case PARAGRAPH, BLOCK_QUOTE -> prose.add(block);
                default -> {
                    // Code, HTML and thematic breaks are not prose.
                }
            }
        }
        return prose;
    }

    /** Where the chars of {@link #text()} from {@code from} (inclusive) to {@code to} (exclusive) are written. */
    public Span source(int from, int to) {
        return textOffsets.span(from, to);
    }
}
