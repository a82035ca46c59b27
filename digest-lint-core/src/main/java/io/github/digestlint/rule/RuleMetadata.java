package io.github.digestlint.rule;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What the documentation, the configuration and the reports know of a rule.
 *
 * @param id the stable kebab-case id that configuration and suppressions use
 * @param description one line: what the rule finds
 * @param defaultSeverity the severity unless configured otherwise
 * @param fixable whether {@code digest-lint:fix} can repair its findings
 * @param concern the part of the post it looks at
 * @param options the options it accepts in the configuration file, with their defaults
 */
public record RuleMetadata(String id, String description, Severity defaultSeverity, boolean fixable,
        Concern concern, List<RuleOption> options) {

    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public RuleMetadata {
        if (!KEBAB_CASE.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id is not kebab-case: " + id);
        }
        options = List.copyOf(options);
    }

    /** A rule without options. */
    public RuleMetadata(String id, String description, Severity defaultSeverity, boolean fixable, Concern concern) {
        this(id, description, defaultSeverity, fixable, concern, List.of());
    }
}
