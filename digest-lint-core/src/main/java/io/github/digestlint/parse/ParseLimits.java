package io.github.digestlint.parse;

/**
 * Bounds that keep a hostile post from costing unbounded time or memory. Past a bound on the
 * front matter, the front matter is reported as unreadable instead of being parsed; a post past
 * the size bound is reported and not read at all.
 *
 * @param maxAliases how many aliases to lists and mappings the block may use
 * @param maxNestingDepth how deep lists and mappings may nest
 * @param maxFrontMatterCodePoints how long the block may be
 * @param maxPostBytes how large a post file may be; the parser and the rules cost up to a few
 *     hundred times a post's size in memory on text built to be expensive, so this bounds what one
 *     post can cost
 */
public record ParseLimits(int maxAliases, int maxNestingDepth, int maxFrontMatterCodePoints, int maxPostBytes) {

    /**
     * 1 MiB is fifty times the size of a real digest (about 20 KB), and keeps the most expensive post
     * found under 320 MB of heap.
     */
    public static final ParseLimits DEFAULT = new ParseLimits(50, 50, 1_000_000, 1 << 20);
}
