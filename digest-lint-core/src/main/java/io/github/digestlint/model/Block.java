package io.github.digestlint.model;

import io.github.digestlint.source.Span;
import java.util.List;

/**
 * A Markdown block in a post's body, reduced to what rules read: its kind, where it stands, its
 * text as a reader sees it, the links in it, and its items when it is a list.
 */
public record Block(Kind kind, Span span, String text, List<Link> links, List<Block> children)
        implements BodyNode {

    public enum Kind {
        PARAGRAPH, BULLET_LIST, ORDERED_LIST, LIST_ITEM, BLOCK_QUOTE, FENCED_CODE, INDENTED_CODE, HTML,
        THEMATIC_BREAK
    }

    public Block {
        links = List.copyOf(links);
        children = List.copyOf(children);
    }
}
