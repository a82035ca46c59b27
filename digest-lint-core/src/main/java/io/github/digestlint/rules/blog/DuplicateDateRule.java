package io.github.digestlint.rules.blog;

import io.github.digestlint.rule.BlogReporter;
import io.github.digestlint.rule.BlogRule;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.PostSummary;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A script that runs twice for one day publishes two digests under one title; Jekyll shows both,
 * and the archive looks broken.
 */
public final class DuplicateDateRule implements BlogRule {

    private static final RuleMetadata METADATA = new RuleMetadata("duplicate-date",
            "Two digests of the same kind for the same date.", Severity.ERROR, false, Concern.ACROSS_POSTS);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(List<PostSummary> posts, BlogReporter reporter) {
        Map<String, List<PostSummary>> byKindAndDay = new LinkedHashMap<>();
        for (PostSummary post : posts) {
            if (post.kind().isPresent() && post.day().isPresent()) {
                byKindAndDay.computeIfAbsent(post.kind().get() + " " + post.day().get().value(),
                        key -> new ArrayList<>()).add(post);
            }
        }
        for (List<PostSummary> sameDay : byKindAndDay.values()) {
            List<String> paths = sameDay.stream().map(PostSummary::path).toList();
            for (PostSummary post : sameDay) {
                String others = OtherPosts.describe(paths, post.path());
                if (!others.isEmpty()) {
                    reporter.report(post.path(), post.day().get().position(), "another " + post.kind().get()
                            + " digest has the same date " + post.day().get().value() + ": " + others);
                }
            }
        }
    }
}
