package io.github.digestlint.config;

import io.github.digestlint.rule.Rule;
import io.github.digestlint.rule.Severity;

/** A rule that runs, with its options applied and the severity its findings get. */
public record ConfiguredRule(Rule rule, Severity severity) {

    public static ConfiguredRule byDefault(Rule rule) {
        return new ConfiguredRule(rule, rule.metadata().defaultSeverity());
    }
}
