package io.github.digestlint.rule;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Markdown renderer that turns a blog's posts into pages, set by {@code renderer} in the
 * configuration file. Renderers read some text differently, so which hazards a post has depends on
 * it: kramdown reads {@code $$…$$} as math, GitHub strikes through text between single tildes.
 */
public enum Renderer {
    /** Jekyll's default: kramdown with its GFM input, which GitHub Pages uses too. */
    KRAMDOWN,
    /** Jekyll with jekyll-commonmark: the CommonMark spec and no extensions. */
    COMMONMARK,
    /** GitHub's own renderer: GitHub Flavored Markdown, as github.com shows a post. */
    GITHUB;

    /** The renderer a post is read with unless the configuration says otherwise. */
    public static final Renderer DEFAULT = KRAMDOWN;

    /** The lower-case name the configuration file writes. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Renderer> byLabel(String label) {
        return Arrays.stream(values()).filter(renderer -> renderer.label().equals(label)).findFirst();
    }

    /** The labels, for a message that lists them: {@code kramdown, commonmark or github}. */
    public static String labels() {
        String all = Arrays.stream(values()).map(Renderer::label).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
