package io.github.digestlint.report;

import io.github.digestlint.engine.LintResult;
import io.github.digestlint.rule.Diagnostic;
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
    static Map<String, List<Diagnostic>> byPost(LintResult result) {
        Map<String, List<Diagnostic>> byPost = new LinkedHashMap<>();
        result.posts().forEach(post -> byPost.put(post, new ArrayList<>()));
        result.diagnostics().forEach(
                diagnostic -> byPost.computeIfAbsent(diagnostic.path(), post -> new ArrayList<>()).add(diagnostic));
        return byPost;
    }
}
