package io.github.digestlint.engine;

import io.github.digestlint.rule.Finding;
import io.github.digestlint.rule.PostSummary;
import java.util.List;
import java.util.Optional;

/**
 * What checking one post yields: the findings of the rules over that post, and its summary for
 * the rules across posts (empty when the post could not be read).
 */
public record PostCheck(List<Finding> findings, Optional<PostSummary> summary) {

    public PostCheck {
        findings = List.copyOf(findings);
    }
}
