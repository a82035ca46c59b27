package io.github.digestlint.rule;

import io.github.digestlint.model.Directive;
import io.github.digestlint.source.Position;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

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
 * @param entryTexts the fingerprints of its entries' prose, in order, for the entries whose prose is
 *     long enough to have one
 */
public record PostSummary(String path, Optional<String> kind, Optional<Located> day, List<Located> papers,
        List<Located> tags, List<Directive> directives, List<EntryText> entryTexts) {

    /** A value and the place in the post where it is written. */
    public record Located(String value, Position position) {
    }

    /**
     * What an entry says, as a fixed number of bytes whatever its length.
     *
     * @param number the entry's number, when its heading has one
     * @param position where its prose starts
     * @param fingerprint its prose's {@link ProseFingerprint}
     * @param paper the arXiv paper it summarises, without a version, when it links one
     */
    public record EntryText(OptionalInt number, Position position, long fingerprint, Optional<String> paper) {
    }

    public PostSummary {
        papers = List.copyOf(papers);
        tags = List.copyOf(tags);
        directives = List.copyOf(directives);
        entryTexts = List.copyOf(entryTexts);
    }
}
