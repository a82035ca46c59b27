package io.github.digestlint.rules.blog;

import io.github.digestlint.rule.BlogReporter;
import io.github.digestlint.rule.BlogRule;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.PostSummary.Located;
import io.github.digestlint.rule.PostSummary;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;
import io.github.digestlint.source.EditDistance;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tag page lists only the posts spelt alike, so one typo hides a post from it. The blog's own
 * vocabulary is the reference, whatever it is: a tag most posts use is right by definition, even
 * {@code hugginface}, and a rare tag a typo or two away from it is the likely mistake.
 */
public final class TagConsistencyRule implements BlogRule {

    private static final RuleMetadata METADATA = new RuleMetadata("tag-consistency",
            "A tag used in few posts that is one or two typos away from a tag most posts use.", Severity.WARNING,
            false, Concern.ACROSS_POSTS);

    /** A tag on at least this share of the posts is the blog's spelling. */
    private static final double COMMON_SHARE = 0.5;
    /** A tag on at most this share of the posts (and at least one) is rare enough to be a slip. */
    private static final double RARE_SHARE = 0.1;
    /** Short tags are close to many words: only one edit counts as a typo below this length. */
    private static final int SHORT_TAG = 6;

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(List<PostSummary> posts, BlogReporter reporter) {
        Map<String, Integer> postsPerTag = new HashMap<>();
        posts.forEach(post -> post.tags().stream().map(Located::value).distinct()
                .forEach(tag -> postsPerTag.merge(tag, 1, Integer::sum)));
        List<String> common = postsPerTag.keySet().stream()
                .filter(tag -> postsPerTag.get(tag) >= Math.max(2, posts.size() * COMMON_SHARE)).sorted().toList();
        long rareAtMost = Math.max(1, Math.round(posts.size() * RARE_SHARE));
        for (PostSummary post : posts) {
            for (Located tag : post.tags()) {
                if (postsPerTag.get(tag.value()) > rareAtMost) {
                    continue;
                }
                closest(tag.value(), common).ifPresent(meant -> reporter.report(post.path(), tag.position(),
                        "tag '" + tag.value() + "' is used in " + count(postsPerTag.get(tag.value())) + ", while '"
                                + meant + "' is used in " + count(postsPerTag.get(meant))
                                + "; if it is a typo, write '" + meant + "'"));
            }
        }
    }

    private static Optional<String> closest(String tag, List<String> common) {
        return common.stream().filter(candidate -> !candidate.equals(tag))
                .filter(candidate -> EditDistance.between(tag, candidate) <= (tag.length() < SHORT_TAG ? 1 : 2))
                .min((a, b) -> Integer.compare(EditDistance.between(tag, a), EditDistance.between(tag, b)));
    }

    private static String count(int posts) {
        return posts + (posts == 1 ? " post" : " posts");
    }
}
