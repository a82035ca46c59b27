package io.github.digestlint.model;

import java.util.List;

/**
 * A blog's own rules for front matter and file names, beyond what Jekyll requires. Jekyll needs no
 * key, reads a date without a time, and lets the front matter's date win over the file name's; a
 * digest kind may ask for more, and the posts it selects are held to it.
 *
 * @param requiredKeys the front matter keys every post has
 * @param dateWithTime whether the date is written with its time, {@code YYYY-MM-DD HH:MM:SS}
 * @param dateMatchesFileName whether the front matter's day is the file name's
 */
public record PostConventions(List<String> requiredKeys, boolean dateWithTime, boolean dateMatchesFileName) {

    /** What Jekyll itself requires: nothing beyond a date it can read and a file name it publishes. */
    public static final PostConventions JEKYLL = new PostConventions(List.of(), false, false);

    /** The conventions of the "Daily Papers" posts described in FORMAT.md. */
    public static final PostConventions DAILY_PAPERS = new PostConventions(
            List.of("layout", "title", "date", "tags", "categories"), true, true);

    public PostConventions {
        requiredKeys = List.copyOf(requiredKeys);
    }

    /** The conventions a post is held to: its digest kind's, or Jekyll's alone. */
    public static PostConventions of(Post post) {
        return post.kind().map(DigestKind::conventions).orElse(JEKYLL);
    }
}
