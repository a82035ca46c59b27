package io.github.digestlint.config;

import io.github.digestlint.model.DigestKind;
import io.github.digestlint.parse.ParseLimits;
import io.github.digestlint.rule.Rule;
import io.github.digestlint.rules.BuiltInRules;
import java.util.List;

/**
 * What a run checks and how.
 *
 * @param kinds the digest kinds, tried in order; the first that selects a post is its kind
 * @param limits the bounds on parsing one post
 * @param rules the rules that run, each with its severity; rules turned off are absent
 */
public record Configuration(List<DigestKind> kinds, ParseLimits limits, List<ConfiguredRule> rules) {

    /** Every built-in rule at its default severity, and the built-in digest kind. */
    public static final Configuration DEFAULT = withRules(BuiltInRules.all());

    public Configuration {
        kinds = List.copyOf(kinds);
        rules = List.copyOf(rules);
    }

    /** The built-in kind and limits with these rules at their default severities. */
    public static Configuration withRules(List<? extends Rule> rules) {
        return new Configuration(List.of(DigestKind.DAILY_PAPERS), ParseLimits.DEFAULT,
                rules.stream().map(ConfiguredRule::byDefault).toList());
    }
}
