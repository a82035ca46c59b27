package io.github.digestlint.rule;

import io.github.digestlint.config.ConfigurationException;
import io.github.digestlint.model.Post;
import java.util.Set;

/**
 * A check over one parsed post. Implementations are immutable and thread-safe: the engine calls
 * one instance for many posts at once.
 */
public interface Rule {

    RuleMetadata metadata();

    void check(Post post, Reporter reporter);

    /** The option names this rule accepts in the configuration file. */
    default Set<String> optionNames() {
        return Set.of();
    }

    /** This rule with the configured options; only called with names from {@link #optionNames()}. */
    default Rule withOptions(RuleOptions options) throws ConfigurationException {
        return this;
    }
}
