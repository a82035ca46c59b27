package io.github.digestlint.engine;

import java.io.IOException;
import java.util.function.Function;

/**
 * What earlier runs found in each post, so that the engine need not parse an unchanged post
 * again. The engine knows only this interface; how the findings are stored is the index's
 * business. Implementations are thread-safe: posts are checked in parallel.
 */
@FunctionalInterface
public interface PostCache {

    /** Knows nothing and learns nothing: every post is read and parsed. */
    PostCache NONE = (path, content, checker) -> checker.apply(content.bytes());

    /**
     * The check of a post: an earlier one when the cache knows the post unchanged, else the
     * checker's, which the cache may keep.
     *
     * @throws IOException when the post's bytes are needed and cannot be read
     */
    PostCheck check(String path, PostContent content, Function<byte[], PostCheck> checker) throws IOException;
}
