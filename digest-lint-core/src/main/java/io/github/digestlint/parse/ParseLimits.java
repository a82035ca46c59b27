package io.github.digestlint.parse;

/**
 * Bounds that keep a hostile front matter block from costing unbounded time or memory. Past a
 * bound, the front matter is reported as unreadable instead of being parsed.
 *
 * @param maxAliases how many aliases to lists and mappings the block may use
 * @param maxNestingDepth how deep lists and mappings may nest
 * @param maxFrontMatterCodePoints how long the block may be
 */
public record ParseLimits(int maxAliases, int maxNestingDepth, int maxFrontMatterCodePoints) {

    public static final ParseLimits DEFAULT = new ParseLimits(50, 50, 1_000_000);
}
