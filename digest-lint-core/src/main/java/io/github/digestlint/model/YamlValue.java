package io.github.digestlint.model;

import io.github.digestlint.source.Span;

/** A value in the front matter, with where it stands in the post. */
public sealed interface YamlValue permits YamlScalar, YamlSequence, YamlMapping {

    Span span();

    /** What a blogger would call this kind of value, with its article: "text", "a list". */
    String describe();
}
