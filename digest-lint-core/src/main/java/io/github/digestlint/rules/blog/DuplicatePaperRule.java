package io.github.digestlint.rules.blog;

import io.github.digestlint.rule.BlogReporter;
import io.github.digestlint.rule.BlogRule;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.PostSummary.Located;
import io.github.digestlint.rule.PostSummary;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Daily digests follow the daily lists, and the same paper trends on several days; a reader who
 * follows the blog reads its summary twice. A paper twice in one post is duplicate-entry's.
 */
public final class DuplicatePaperRule implements BlogRule {

    private static final RuleMetadata METADATA = new RuleMetadata("duplicate-paper",
            "An arXiv paper already summarised in another post.", Severity.WARNING, false, Concern.ACROSS_POSTS);

    /** One entry that links a paper. */
    private record Mention(PostSummary post, Located paper) {
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(List<PostSummary> posts, BlogReporter reporter) {
        Map<String, List<Mention>> byPaper = new LinkedHashMap<>();
        for (PostSummary post : posts.stream().filter(post -> post.kind().isPresent()).toList()) {
            post.papers().forEach(paper -> byPaper.computeIfAbsent(paper.value(), id -> new ArrayList<>())
                    .add(new Mention(post, paper)));
        }
        byPaper.forEach((paper, mentions) -> {
            if (mentions.size() == 1) {
                // Nearly every paper of a blog: no other post to name, so no name to build.
                return;
            }
            // Posts come ordered by path, so each paper's posts are named in that order.
            List<String> names = mentions.stream().map(mention -> PostNames.of(mention.post())).distinct().toList();
            for (Mention mention : mentions) {
                String others = OtherPosts.describe(names, PostNames.of(mention.post()));
                if (!others.isEmpty()) {
                    reporter.report(mention.post().path(), mention.paper().position(),
                            "paper " + paper + " is also summarised in " + others);
                }
            }
        });
    }
}
