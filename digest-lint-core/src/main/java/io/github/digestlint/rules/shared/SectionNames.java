package io.github.digestlint.rules.shared;

import io.github.digestlint.source.EditDistance;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the section and content rules share: which section name a heading means, and how to quote
 * it.
 */
public final class SectionNames {

    /** Headings at most this many edits from a section name are taken as a misspelling of it. */
    private static final int MAX_DISTANCE = 2;
    /** A heading this long or longer that a section name starts with is taken as its abbreviation. */
    private static final int MIN_ABBREVIATION = 5;

    private SectionNames() {
    }

    /** Quotes a name for a message: {@code 'Results'}. */
    public static String quoted(String name) {
        return "'" + name + "'";
    }

    /**
     * The section name a heading's text most likely means, when it is not exactly one: the same
     * name in other letter case, a name followed by more text ({@code Method (최대 3문장)}), an
     * abbreviation ({@code Intro}) or a small misspelling ({@code Limitation}).
     */
    public static Optional<String> closest(String text, List<String> names) {
        // Nearly every heading is a name as written; the content rules ask about each one.
        for (String name : names) {
            if (name.equals(text)) {
                return Optional.of(name);
            }
        }
        String heading = text.strip().toLowerCase(Locale.ROOT);
        if (heading.isEmpty()) {
            return Optional.empty();
        }
        for (String name : names) {
            if (heading.equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(name);
            }
        }
        String longest = null;
        for (String name : names) {
            boolean longer = longest == null || name.length() > longest.length();
            if (heading.startsWith(name.toLowerCase(Locale.ROOT)) && longer) {
                longest = name;
            }
        }
        if (longest != null) {
            return Optional.of(longest);
        }
        String best = null;
        int bestDistance = MAX_DISTANCE + 1;
        for (String name : names) {
            String lower = name.toLowerCase(Locale.ROOT);
            int distance = heading.length() >= MIN_ABBREVIATION && lower.startsWith(heading) ? 0
                    : EditDistance.between(heading, lower);
            if (distance < bestDistance && distance < lower.length() / 2) {
                best = name;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }
}
