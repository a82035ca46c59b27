package io.github.digestlint.rules.sections;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What the section rules share: which section name a heading means, and how to quote it. */
final class SectionNames {

    /** Headings at most this many edits from a section name are taken as a misspelling of it. */
    private static final int MAX_DISTANCE = 2;
    /** A heading this long or longer that a section name starts with is taken as its abbreviation. */
    private static final int MIN_ABBREVIATION = 5;

    private SectionNames() {
    }

    /** Quotes a name for a message: {@code 'Results'}. */
    static String quoted(String name) {
        return "'" + name + "'";
    }

    /**
     * The section name a heading's text most likely means, when it is not exactly one: the same
     * name in other letter case, a name followed by more text ({@code Method (최대 3문장)}), an
     * abbreviation ({@code Intro}) or a small misspelling ({@code Limitation}).
     */
    static Optional<String> closest(String text, List<String> names) {
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
                    : distance(heading, lower);
            if (distance < bestDistance && distance < lower.length() / 2) {
                best = name;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance, counted in chars. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
