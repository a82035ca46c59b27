package io.github.digestlint.rule;

import java.util.List;

/**
 * A check over every selected post at once, for problems that only show across posts. It reads
 * the posts' summaries, never their parse trees, so that it stays cheap on a large blog and
 * correct when unchanged posts come from the incremental index.
 */
public interface BlogRule extends Rule {

    /** @param posts every selected post, ordered by path */
    void check(List<PostSummary> posts, BlogReporter reporter);

    @Override
    default BlogRule withOptions(RuleOptions options) throws ConfigurationException {
        return this;
    }

    @Override
    default BlogRule withRenderer(Renderer renderer) {
        return this;
    }
}
