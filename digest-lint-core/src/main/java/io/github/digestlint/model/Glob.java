package io.github.digestlint.model;

import java.util.regex.Pattern;

/**
 * An Ant-style path pattern as Maven users write them, matched against a relative path written
 * with forward slashes: {@code ?} is one character and {@code *} any characters within a folder
 * name, and {@code **} any number of folders, none included, so that {@code **}{@code /*.md}
 * matches {@code a.md} and {@code 2025/**}{@code /*.md} matches {@code 2025/a.md}.
 */
public final class Glob {

    private final String pattern;
    private final Pattern regex;

    public Glob(String pattern) {
        this(pattern, false);
    }

    private Glob(String pattern, boolean ignoringCase) {
        this.pattern = pattern;
        this.regex = Pattern.compile(regex(pattern),
                ignoringCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
    }

    /** A pattern that matches whatever the case of the letters, as Jekyll reads file extensions. */
    public static Glob ignoringCase(String pattern) {
        return new Glob(pattern, true);
    }

    public boolean matches(String relativePath) {
        return regex.matcher(relativePath).matches();
    }

    private static String regex(String pattern) {
        StringBuilder regex = new StringBuilder();
        int at = 0;
        while (at < pattern.length()) {
            if (pattern.startsWith("**/", at)) {
                regex.append("(?:.*/)?");
                at += 3;
            } else if (pattern.startsWith("**", at)) {
                regex.append(".*");
                at += 2;
            } else if (pattern.charAt(at) == '*') {
                regex.append("[^/]*");
                at++;
            } else if (pattern.charAt(at) == '?') {
                regex.append("[^/]");
                at++;
            } else {
                int literal = at;
                while (at < pattern.length() && "*?".indexOf(pattern.charAt(at)) < 0) {
                    at++;
                }
                regex.append(Pattern.quote(pattern.substring(literal, at)));
            }
        }
        return regex.toString();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
