package io.github.digestlint.config;

import io.github.digestlint.parse.ParseLimits;
import java.util.List;

/**
 * What a run checks and how.
 *
 * @param kinds the digest kinds, tried in order; the first that selects a post is its kind
 * @param limits the bounds on parsing one post
 */
public record Configuration(List<DigestKind> kinds, ParseLimits limits) {

    public static final Configuration DEFAULT = new Configuration(List.of(DigestKind.DAILY_PAPERS), ParseLimits.DEFAULT);

    public Configuration {
        kinds = List.copyOf(kinds);
    }
}
