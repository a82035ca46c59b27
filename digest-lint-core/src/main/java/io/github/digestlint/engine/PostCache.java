package io.github.digestlint.engine;

import java.util.function.Function;

/**
 * What earlier runs found in each post, so that the engine need not parse an unchanged post
 * again. The engine knows only this interface; how the findings are stored is the index's
 * business. Implementations are thread-safe: posts are checked in parallel.
 */
@FunctionalInterface
public interface PostCache {

    /** Knows nothing and learns nothing: every post is parsed. */
    PostCache NONE = (path, bytes, checker) -> checker.apply(bytes);

    /**
     * The check of a post: an earlier one when the cache knows these bytes at this path, else the
     * checker's, which the cache may keep.
     */
    PostCheck check(String path, byte[] bytes, Function<byte[], PostCheck> checker);
}
