package io.github.digestlint.model;

import io.github.digestlint.source.Span;

/**
 * A Markdown link {@code [text](destination)}.
 *
 * @param span the whole link
 * @param destinationSpan where the destination is written, for findings about the URL
 */
public record Link(String text, String destination, Span span, Span destinationSpan) {
}
