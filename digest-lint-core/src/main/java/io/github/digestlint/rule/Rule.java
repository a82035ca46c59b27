package io.github.digestlint.rule;

import io.github.digestlint.model.Post;

/**
 * A check over one parsed post. Implementations are stateless and thread-safe: the engine calls
 * one instance for many posts at once.
 */
public interface Rule {

    RuleMetadata metadata();

    void check(Post post, Reporter reporter);
}
