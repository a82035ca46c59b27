package io.github.digestlint.rules.shared;

import java.util.List;

/** Joins words as an English sentence does: "a", "a and b", "a, b and c". */
public final class EnglishList {

    private EnglishList() {
    }

    public static String join(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
