package io.github.digestlint.rule;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * What every rule has, whether it checks one post ({@link PostRule}) or the whole blog
 * ({@link BlogRule}): its metadata and its options. Implementations are immutable and thread-safe.
 */
public interface Rule {

    RuleMetadata metadata();

    /** The option names this rule accepts in the configuration file. */
    default Set<String> optionNames() {
        return metadata().options().stream().map(RuleOption::name).collect(Collectors.toSet());
    }

    /** This rule with the configured options; only called with names from {@link #optionNames()}. */
    default Rule withOptions(RuleOptions options) throws ConfigurationException {
        return this;
    }

    /** This rule for posts that the renderer turns into pages; a rule that all renderers read alike ignores it. */
    default Rule withRenderer(Renderer renderer) {
        return this;
    }
}
