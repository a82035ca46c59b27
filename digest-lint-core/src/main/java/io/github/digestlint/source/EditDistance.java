package io.github.digestlint.source;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** How many single-character edits turn one text into another: the mark of a typo. */
public final class EditDistance {

    private EditDistance() {
    }

    /** Levenshtein distance, counted in chars. */
    public static int between(String a, String b) {
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

    /**
     * The candidate a text most likely misspells, in any letter case: the nearest one, when it is
     * within a third of the candidate's length.
     */
    public static Optional<String> closest(String text, Collection<String> candidates) {
        String lower = text.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = between(lower, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance && distance <= Math.max(1, candidate.length() / 3)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }
}
