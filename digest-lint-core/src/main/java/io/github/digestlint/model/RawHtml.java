package io.github.digestlint.model;

import io.github.digestlint.source.Span;

/**
 * HTML written in a post's body, which Markdown renderers pass to the browser as it is: a tag or
 * comment inside a paragraph, a heading or a list item, or a block of its own.
 *
 * @param html the HTML as written
 * @param span where it is written
 * @param block whether it is an HTML block of its own lines rather than inline in text
 */
public record RawHtml(String html, Span span, boolean block) {
}
