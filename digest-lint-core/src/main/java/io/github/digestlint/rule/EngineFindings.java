package io.github.digestlint.rule;

import java.util.List;

/** The findings the engine itself makes, about posts that no rule could look at or that a rule failed on. */
public final class EngineFindings {

    public static final RuleMetadata UNREADABLE_FILE = new RuleMetadata("unreadable-file",
            "A post that cannot be read: permissions, a vanished file, a folder or broken link named like a post,"
                    + " a file over the size limit, an I/O error.", Severity.ERROR, false, Concern.FILE);
    public static final RuleMetadata RULE_FAILURE = new RuleMetadata("rule-failure",
            "A rule that failed on a post; the other rules still ran. Please report it with the post.",
            Severity.ERROR, false, Concern.FILE);
    public static final List<RuleMetadata> ALL = List.of(UNREADABLE_FILE, RULE_FAILURE);

    private EngineFindings() {
    }
}
