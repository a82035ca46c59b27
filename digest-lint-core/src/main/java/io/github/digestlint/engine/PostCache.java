package io.github.digestlint.engine;

import java.io.IOException;
import java.util.function.Function;

/**
 * What earlier runs found in each post, so that the engine need not parse an unchanged post
 * again. The engine knows only this interface; how the checks are stored is the index's
 * business. Implementations are thread-safe: posts are checked in parallel.
 */
public interface PostCache {

    /** Knows nothing and learns nothing: every post is read and parsed. */
    PostCache NONE = new PostCache() {
        @Override
        public PackedCheck check(String path, PostContent content, Function<byte[], PackedCheck> checker)
                throws IOException {
            return checker.apply(content.bytes());
        }

        @Override
        public void forget(String path) {
        }
    };

    /**
     * The check of a post: an earlier one when the cache knows the post unchanged, else the
     * checker's, which the cache may keep.
     *
     * @throws IOException when the post's bytes are needed and cannot be read
     */
    PackedCheck check(String path, PostContent content, Function<byte[], PackedCheck> checker) throws IOException;

    /** Drops what the cache knows of a post, whose stored check turned out unreadable. */
    void forget(String path);
}
