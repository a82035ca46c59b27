package io.github.digestlint.model;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A link line of an entry, such as {@code [Read Paper](https://huggingface.co/papers/2508.12345)}:
 * its label and the URL it points to, with {@value #ID} where the paper's arXiv id goes.
 *
 * @param label the link's text
 * @param url the URL, with {@value #ID} for the id
 * @param required whether every entry has the line
 */
public record PaperLink(String label, String url, boolean required) {

    public static final String ID = "{id}";
    /** Where the id stands: anything up to the next part of the URL; {@link ArxivId#parse} decides. */
    private static final String ID_PATTERN = "([^?#\\s]+?)";
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    public PaperLink {
        if (!url.contains(ID)) {
            throw new IllegalArgumentException("the URL '" + url + "' has no " + ID + " where the paper's id goes");
        }
    }

    /** The URL of this line for a paper. */
    public String urlFor(ArxivId paper) {
        return url.replace(ID, paper.withoutVersion().toString());
    }

    /** The id a URL of this line names; empty when the URL is not of this line's form. */
    public Optional<ArxivId> paperIn(String destination) {
        Matcher matcher = pattern().matcher(destination.strip());
        return matcher.matches() ? ArxivId.parse(matcher.group(1)) : Optional.empty();
    }

    /**
     * The line's URL with any scheme, a trailing slash allowed. Compiled once per URL, not once per
     * link of every entry: a blog configures a few link lines.
     */
    private Pattern pattern() {
        return PATTERNS.computeIfAbsent(url, PaperLink::compile);
    }

    private static Pattern compile(String url) {
        String withoutScheme = url.replaceFirst("^https?://", "");
        int id = withoutScheme.indexOf(ID);
        return Pattern.compile("(?:https?://)?" + Pattern.quote(withoutScheme.substring(0, id)) + ID_PATTERN
                + Pattern.quote(withoutScheme.substring(id + ID.length())) + "/?", Pattern.CASE_INSENSITIVE);
    }
}
