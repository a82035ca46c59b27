package io.github.digestlint.rule;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What the documentation, the configuration and the reports know of a rule.
 *
 * @param id the stable kebab-case id that configuration and suppressions use
 * @param description one line: what the rule finds
 * @param defaultSeverity the severity of its findings unless configured otherwise; for a rule off by
 *     default, the severity it has once the configuration names it
 * @param fixable whether {@code digest-lint:fix} can repair its findings
 * @param concern the part of the post it looks at
 * @param options the options it accepts in the configuration file, with their defaults
 * @param onByDefault whether it runs when the configuration does not name it: a rule whose findings
 *     change nothing on the rendered page is off until a user turns it on
 */
public record RuleMetadata(String id, String description, Severity defaultSeverity, boolean fixable,
        Concern concern, List<RuleOption> options, boolean onByDefault) {

    /** The word the documentation and a configuration file use for a rule that does not run. */
    public static final String OFF = "off";

    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public RuleMetadata {
        if (!KEBAB_CASE.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id is not kebab-case: " + id);
        }
        options = List.copyOf(options);
    }

    /** A rule that runs unless turned off. */
    public RuleMetadata(String id, String description, Severity defaultSeverity, boolean fixable, Concern concern,
            List<RuleOption> options) {
        this(id, description, defaultSeverity, fixable, concern, options, true);
    }

    /** A rule without options that runs unless turned off. */
    public RuleMetadata(String id, String description, Severity defaultSeverity, boolean fixable, Concern concern) {
        this(id, description, defaultSeverity, fixable, concern, List.of());
    }

    /** The same rule, off until the configuration names it. */
    public RuleMetadata offByDefault() {
        return new RuleMetadata(id, description, defaultSeverity, fixable, concern, options, false);
    }

    /** What a rule's findings are when nothing is configured: its severity's label, or {@code off}. */
    public String defaultSetting() {
        return onByDefault ? defaultSeverity.label() : OFF;
    }
}
