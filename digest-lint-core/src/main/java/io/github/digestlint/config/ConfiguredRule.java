package io.github.digestlint.config;

import io.github.digestlint.rule.RuleDefinition;
import io.github.digestlint.rule.Severity;

/** A rule that runs, with its options applied and the severity its findings get. */
public record ConfiguredRule(RuleDefinition rule, Severity severity) {

    public static ConfiguredRule byDefault(RuleDefinition rule) {
        return new ConfiguredRule(rule, rule.metadata().defaultSeverity());
    }
}
