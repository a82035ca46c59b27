package io.github.digestlint.config;

import io.github.digestlint.rule.Rule;
import io.github.digestlint.rule.Severity;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A rule that runs, with its options applied, the severity its findings get, and the posts' days it
 * applies to: a blog's format changes over time, and a convention adopted midway (an Alphaxiv line
 * in every entry, say) does not hold for the posts written before it.
 *
 * @param since the first day whose posts the rule checks; empty for all days before {@code until}
 * @param until the last day whose posts the rule checks; empty for all days from {@code since}
 */
public record ConfiguredRule(Rule rule, Severity severity, Optional<LocalDate> since, Optional<LocalDate> until) {

    /** A rule that checks the posts of every day. */
    public ConfiguredRule(Rule rule, Severity severity) {
        this(rule, severity, Optional.empty(), Optional.empty());
    }

    public static ConfiguredRule byDefault(Rule rule) {
        return new ConfiguredRule(rule, rule.metadata().defaultSeverity());
    }

    /**
     * Whether the rule checks a post of this day ({@code YYYY-MM-DD}). A post without a day is
     * checked: nothing says it is older than the convention.
     */
    public boolean appliesOn(Optional<String> day) {
        if (day.isEmpty() || since.isEmpty() && until.isEmpty()) {
            return true;
        }
        LocalDate date = LocalDate.parse(day.get());
        return since.map(first -> !date.isBefore(first)).orElse(true)
                && until.map(last -> !date.isAfter(last)).orElse(true);
    }

    /** The same rule with other options, severity kept, and the days it applies to kept. */
    public ConfiguredRule with(Rule other) {
        return new ConfiguredRule(other, severity, since, until);
    }
}
