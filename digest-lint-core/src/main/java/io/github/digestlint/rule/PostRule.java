package io.github.digestlint.rule;

import io.github.digestlint.model.Post;

/** A check over one parsed post; the engine calls one instance for many posts at once. */
public interface PostRule extends Rule {

    void check(Post post, Reporter reporter);

    @Override
    default PostRule withOptions(RuleOptions options) throws ConfigurationException {
        return this;
    }

    @Override
    default PostRule withRenderer(Renderer renderer) {
        return this;
    }
}
