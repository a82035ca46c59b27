package io.github.digestlint.model;

import io.github.digestlint.source.Span;
import java.util.List;

/**
 * A Markdown block in a post's body, reduced to what rules read: its kind, where it stands, its
 * text as a reader sees it and where that text is written, the links in it, its items when it is
 * a list, and the blocks inside it when it is a list item or a block quote.
 */
public record Block(Kind kind, Span span, String text, TextOffsets textOffsets, List<Link> links,
        List<Block> children) implements BodyNode {

    public enum Kind {
        PARAGRAPH, BULLET_LIST, ORDERED_LIST, LIST_ITEM, BLOCK_QUOTE, FENCED_CODE, INDENTED_CODE, HTML,
        THEMATIC_BREAK
    }

    public Block {
        links = List.copyOf(links);
        children = List.copyOf(children);
    }

    /** Where the chars of {@link #text()} from {@code from} (inclusive) to {@code to} (exclusive) are written. */
    public Span source(int from, int to) {
        return textOffsets.span(from, to);
    }
}
