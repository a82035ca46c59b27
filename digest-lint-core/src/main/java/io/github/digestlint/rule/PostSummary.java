package io.github.digestlint.rule;

import io.github.digestlint.model.Directive;
import io.github.digestlint.source.Position;
import java.util.List;
import java.util.Optional;

/**
 * What the rules across posts need of one post, small enough to keep for every post of a large
 * blog and to store in the incremental index, so that the parse tree can be dropped.
 *
 * @param path the post's path, as findings name it
 * @param kind the name of the digest kind that selects it; empty for an ordinary post
 * @param day the post's day ({@code YYYY-MM-DD}) and where it is written
 * @param papers the arXiv papers its entries link to
 * @param tags its front matter tags
 * @param directives its inline directives, so that findings across posts can be turned off too
 */
public record PostSummary(String path, Optional<String> kind, Optional<Located> day, List<Located> papers,
        List<Located> tags, List<Directive> directives) {

    /** A value and the place in the post where it is written. */
    public record Located(String value, Position position) {
    }

    public PostSummary {
        papers = List.copyOf(papers);
        tags = List.copyOf(tags);
        directives = List.copyOf(directives);
    }
}
