package io.github.digestlint.config;

import io.github.digestlint.model.Days;
import io.github.digestlint.rule.Rule;
import io.github.digestlint.rule.Severity;
import java.util.Optional;

/**
 * A rule that runs, with its options applied, the severity its findings get, and the posts' days it
 * applies to.
 */
public record ConfiguredRule(Rule rule, Severity severity, Days days) {

    /** A rule that checks the posts of every day. */
    public ConfiguredRule(Rule rule, Severity severity) {
        this(rule, severity, Days.ALL);
    }

    public static ConfiguredRule byDefault(Rule rule) {
        return new ConfiguredRule(rule, rule.metadata().defaultSeverity());
    }

    /** Whether the rule checks a post of this day ({@code YYYY-MM-DD}); a post without a day is checked. */
    public boolean appliesOn(Optional<String> day) {
        return days.contain(day);
    }

    /** The same rule with other options, severity kept, and the days it applies to kept. */
    public ConfiguredRule with(Rule other) {
        return new ConfiguredRule(other, severity, days);
    }
}
