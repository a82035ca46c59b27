package io.github.digestlint.config;

import io.github.digestlint.model.DigestKind;
import io.github.digestlint.parse.ParseLimits;
import io.github.digestlint.rule.Rule;
import io.github.digestlint.source.Sha256;
import java.util.List;

/**
 * What a run checks and how.
 *
 * @param kinds the digest kinds, tried in order; the first that selects a post is its kind
 * @param limits the bounds on parsing one post
 * @param rules the rules that run, each with its severity; rules turned off are absent
 * @param fileDigest the SHA-256 of the file it was read from, so that the incremental index knows
 *     the configuration its findings were made with; of no bytes for a configuration made in code
 */
public record Configuration(List<DigestKind> kinds, ParseLimits limits, List<ConfiguredRule> rules,
        String fileDigest) {

    private static final String NO_FILE = Sha256.hex(new byte[0]);

    public Configuration {
        kinds = List.copyOf(kinds);
        rules = List.copyOf(rules);
    }

    /** A configuration made in code, not read from a file. */
    public Configuration(List<DigestKind> kinds, ParseLimits limits, List<ConfiguredRule> rules) {
        this(kinds, limits, rules, NO_FILE);
    }

    /** The built-in kind and limits with those of these rules that are on by default, at their severities. */
    public static Configuration defaults(List<? extends Rule> rules) {
        return new Configuration(List.of(DigestKind.DAILY_PAPERS), ParseLimits.DEFAULT,
                rules.stream().filter(rule -> rule.metadata().onByDefault()).map(ConfiguredRule::byDefault).toList());
    }
}
