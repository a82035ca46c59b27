package io.github.digestlint.rule;

import io.github.digestlint.config.ConfigurationException;
import java.util.Set;

/**
 * What every rule has, whether it checks one post ({@link Rule}) or the whole blog
 * ({@link BlogRule}): its metadata and its options. Implementations are immutable and thread-safe.
 */
public interface RuleDefinition {

    RuleMetadata metadata();

    /** The option names this rule accepts in the configuration file. */
    default Set<String> optionNames() {
        return Set.of();
    }

    /** This rule with the configured options; only called with names from {@link #optionNames()}. */
    default RuleDefinition withOptions(RuleOptions options) throws ConfigurationException {
        return this;
    }
}
