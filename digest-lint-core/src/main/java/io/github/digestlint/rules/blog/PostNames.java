package io.github.digestlint.rules.blog;

import io.github.digestlint.rule.PostSummary;

/** How messages across posts name another post: its path and, when known, its day. */
final class PostNames {

    private PostNames() {
    }

    static String of(PostSummary post) {
        return post.path() + post.day().map(day -> " (" + day.value() + ")").orElse("");
    }
}
