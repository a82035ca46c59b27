package io.github.digestlint.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * An Ant-style path pattern as Maven users write them, matched against a relative path written
 * with forward slashes: {@code ?} is one character and {@code *} any characters within a folder
 * name, and {@code **} any number of folders, none included, so that {@code **}{@code /*.md}
 * matches {@code a.md} and {@code 2025/**}{@code /*.md} matches {@code 2025/a.md}. As in the JDK's
 * glob syntax, {@code {md,markdown}} is one of several texts and {@code [0-9]} or {@code [!a]} one
 * character of a set.
 */
public final class Glob {

    /** The shape of most patterns, a file name's ending in any folder: {@code **}{@code /*.md}. */
    private static final Pattern ANY_FILE_ENDING = Pattern.compile("\\*\\*/\\*([^*?\\[{}/,]*)");

    private final String pattern;
    private final Pattern regex;
    private final boolean ignoringCase;
    /** The ending that the pattern asks for, when that is all it asks for; else null. */
    private final String ending;

    public Glob(String pattern) {
        this(pattern, false);
    }

    /** @throws IllegalArgumentException when a set of characters is not one, as in {@code [z-a]} */
    private Glob(String pattern, boolean ignoringCase) {
        this.pattern = pattern;
        this.ignoringCase = ignoringCase;
        Matcher anyFileEnding = ANY_FILE_ENDING.matcher(pattern);
        this.ending = anyFileEnding.matches() ? anyFileEnding.group(1) : null;
        try {
            // DOTALL: a file name may hold a line break, and * matches it as any other char.
            this.regex = Pattern.compile(regex(pattern),
                    Pattern.DOTALL | (ignoringCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("the pattern '" + pattern + "' is not valid: " + e.getDescription()
                    + " in its set of characters in [ ]", e);
        }
    }

    /** A pattern that matches whatever the case of the letters, as Jekyll reads file extensions. */
    public static Glob ignoringCase(String pattern) {
        return new Glob(pattern, true);
    }

    public boolean matches(String relativePath) {
        if (ending != null) {
            // Every post of a blog is matched against the patterns: a regex per path costs a large blog's listing its time.
            return relativePath.regionMatches(ignoringCase, relativePath.length() - ending.length(), ending, 0,
                    ending.length());
        }
        return regex.matcher(relativePath).matches();
    }

    private static String regex(String pattern) {
        StringBuilder regex = new StringBuilder();
        boolean braces = false;
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
            } else if (pattern.charAt(at) == '[' && pattern.indexOf(']', at + 2) > 0) {
                int end = pattern.indexOf(']', at + 2);
                String set = pattern.substring(at + 1, end);
                regex.append('[').append(set.startsWith("!") ? "^" + quoteSet(set.substring(1)) : quoteSet(set))
                        .append(']');
                at = end + 1;
            } else if (pattern.charAt(at) == '{' && pattern.indexOf('}', at) > 0) {
                braces = true;
                regex.append("(?:");
                at++;
            } else if (braces && pattern.charAt(at) == ',') {
                regex.append('|');
                at++;
            } else if (braces && pattern.charAt(at) == '}') {
                braces = false;
                regex.append(')');
                at++;
            } else {
                // The char at hand is literal, even a '[' or '{' that nothing closes.
                int literal = at++;
                while (at < pattern.length() && "*?[{".indexOf(pattern.charAt(at)) < 0
                        && !(braces && ",}".indexOf(pattern.charAt(at)) >= 0)) {
                    at++;
                }
                regex.append(Pattern.quote(pattern.substring(literal, at)));
            }
        }
        return regex.toString();
    }

    /** A set's characters as a regex class holds them: a range stays a range, anything else is literal. */
    private static String quoteSet(String set) {
        return set.replace("\\", "\\\\").replace("[", "\\[").replace("&", "\\&");
    }

    @Override
    public String toString() {
        return pattern;
    }
}
