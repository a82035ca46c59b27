package io.github.digestlint.model;

import io.github.digestlint.source.Span;

/** A top-level part of a post's body: a heading or a block. */
public sealed interface BodyNode permits Heading, Block {

    Span span();
}
