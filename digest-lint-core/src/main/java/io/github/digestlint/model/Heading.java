package io.github.digestlint.model;

import io.github.digestlint.source.Span;
import java.util.List;

/**
 * A heading in a post's body.
 *
 * @param level 1 for {@code #}, 2 for {@code ##} and so on
 * @param text the heading's text as a reader sees it
 * @param span the heading as written, markers included
 * @param links the links in the heading
 * @param textOffsets where each char of {@code text} is written
 */
public record Heading(int level, String text, Span span, List<Link> links, TextOffsets textOffsets)
        implements BodyNode {

    public Heading {
        links = List.copyOf(links);
    }

    /** Where the chars of {@link #text()} from {@code from} (inclusive) to {@code to} (exclusive) are written. */
    public Span source(int from, int to) {
        return textOffsets.span(from, to);
    }
}
