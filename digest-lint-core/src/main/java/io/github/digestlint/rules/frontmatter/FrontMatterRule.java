package io.github.digestlint.rules.frontmatter;

import io.github.digestlint.model.FrontMatter;
import io.github.digestlint.model.Post;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.PostRule;
import io.github.digestlint.rule.Reporter;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;
import io.github.digestlint.source.SourceText;
import java.util.Optional;

/** Without a readable front matter block Jekyll renders the post without its title, date and tags. */
public final class FrontMatterRule implements PostRule {

    private static final RuleMetadata METADATA = new RuleMetadata("front-matter",
            "No front matter block on line 1, a block that is never closed, or one that is not valid YAML.",
            Severity.ERROR, false, Concern.FRONT_MATTER);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Post post, Reporter reporter) {
        Optional<FrontMatter> frontMatter = post.frontMatter();
        if (frontMatter.isEmpty()) {
            reporter.report(0, missingMessage(post.source()));
        } else {
            frontMatter.get().problem().ifPresent(problem -> reporter.report(problem.offset(), problem.message()));
        }
    }

    private static String missingMessage(SourceText source) {
        if (source.text().isBlank()) {
            return "post is empty; expected front matter starting with '---' on line 1, then the entries";
        }
        for (int line = 1; line <= source.lineCount(); line++) {
            String text = source.line(line).strip();
            if (text.equals("---")) {
                return "front matter must start on line 1, but its '---' is on line " + line
                        + "; Jekyll renders this post without its front matter";
            }
            if (!text.isEmpty()) {
                break;
            }
        }
        return "post has no front matter; expected '---' on line 1, then 'layout', 'title', 'date', 'tags'"
                + " and 'categories', then '---'";
    }
}
