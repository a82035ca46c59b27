package io.github.digestlint.report;

import io.github.digestlint.engine.LintResult;
import io.github.digestlint.rule.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The findings grouped by post, for the reports that list every post, the passing ones too. */
final class PostFindings {

    private PostFindings() {
    }

    /**
     * Every post checked, in the result's order, with its findings in theirs; a post without
     * findings maps to an empty list.
     */
    static Map<String, List<Finding>> byPost(LintResult result) {
        Map<String, List<Finding>> byPost = new LinkedHashMap<>();
        result.posts().forEach(post -> byPost.put(post, new ArrayList<>()));
        result.findings().forEach(
                finding -> byPost.computeIfAbsent(finding.path(), post -> new ArrayList<>()).add(finding));
        return byPost;
    }
}
