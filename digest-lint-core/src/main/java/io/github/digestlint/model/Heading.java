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
 */
public record Heading(int level, String text, Span span, List<Link> links) implements BodyNode {

    public Heading {
        links = List.copyOf(links);
    }
}
