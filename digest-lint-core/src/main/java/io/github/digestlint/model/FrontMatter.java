package io.github.digestlint.model;

import io.github.digestlint.source.Span;
import java.util.Optional;

/**
 * The block between the {@code ---} lines at the top of a post.
 *
 * @param opening the opening delimiter line
 * @param closing the closing delimiter line; empty when the block is never closed
 * @param content the YAML text between the delimiters
 * @param data the parsed keys, empty when the YAML is broken or the block is not closed
 * @param problem why {@code data} is empty, located in the post
 */
public record FrontMatter(Span opening, Optional<Span> closing, Span content,
        Optional<YamlMapping> data, Optional<Problem> problem) {

    /** A front matter block that cannot be read as a mapping, and the offset where it goes wrong. */
    public record Problem(String message, int offset) {
    }

    public boolean isClosed() {
        return closing.isPresent();
    }

    public Optional<YamlScalar> scalar(String key) {
        return data.flatMap(mapping -> mapping.scalar(key));
    }
}
