package io.github.digestlint.rules.file;

import io.github.digestlint.model.Directive;
import io.github.digestlint.model.Post;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.PostRule;
import io.github.digestlint.rule.Reporter;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;
import java.util.HashSet;
import java.util.Set;

/** A misspelt directive turns nothing off, silently; the blogger believes a finding is handled. */
public final class InlineDirectiveRule implements PostRule {

    private static final RuleMetadata METADATA = new RuleMetadata("inline-directive",
            "An inline digest-lint comment with an unknown action or rule id.", Severity.WARNING, false,
            Concern.FILE);

    private final Set<String> known;

    /** @param others the ids of every other rule and of the engine's own findings */
    public InlineDirectiveRule(Set<String> others) {
        Set<String> known = new HashSet<>(others);
        known.add(METADATA.id());
        this.known = Set.copyOf(known);
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Post post, Reporter reporter) {
        for (Directive directive : post.directives()) {
            if (directive.action().isEmpty()) {
                reporter.report(directive.span(), "unknown directive 'digest-lint-" + directive.name()
                        + "'; expected digest-lint-disable, -enable, -disable-next-line or -disable-file");
            }
            directive.ruleIds().stream().filter(id -> !known.contains(id)).forEach(id -> reporter.report(
                    directive.span(), "'digest-lint-" + directive.name() + "' names '" + id
                            + "', which is not a rule; see docs/rules.md for the rule ids"));
        }
    }
}
