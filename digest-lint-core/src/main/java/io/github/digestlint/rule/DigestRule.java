package io.github.digestlint.rule;

import io.github.digestlint.model.DigestKind;
import io.github.digestlint.model.Post;

/** A rule over a digest's entries; a post that no digest kind selects is left alone. */
public interface DigestRule extends PostRule {

    @Override
    default void check(Post post, Reporter reporter) {
        post.kind().ifPresent(kind -> check(post, kind, reporter));
    }

    @Override
    default DigestRule withRenderer(Renderer renderer) {
        return this;
    }

    /** Checks a digest against the format of its kind. */
    void check(Post post, DigestKind kind, Reporter reporter);
}
