package io.github.digestlint.model;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An arXiv identifier as written: new style {@code 2509.21114}, or old style {@code hep-th/9901001}
 * (with an optional subject class, as in {@code math.GT/0309136}); either may end in a version
 * such as {@code v2}. It is recognised by its shape only, so that a finding can quote it: whether
 * its month exists and its number has the right length for its year is the arxiv-id rule's check.
 *
 * @param archive the archive of an old-style id ({@code hep-th}, {@code math.GT}); empty for a new-style id
 * @param year the year of the {@code YYMM} part, with its century
 * @param month the month of the {@code YYMM} part, as written (it may be 13)
 * @param number the digits after {@code YYMM}: after the dot in a new-style id
 * @param version the version after {@code v}, when the id has one
 */
public record ArxivId(Optional<String> archive, int year, int month, String number, OptionalInt version) {

    private static final Pattern NEW_STYLE = Pattern.compile("(\\d{2})(\\d{2})\\.(\\d+)(?:v(\\d{1,9}))?");
    private static final Pattern OLD_STYLE = Pattern.compile(
            "([a-z]+(?:-[a-z]+)*(?:\\.[A-Za-z]{2})?)/(\\d{2})(\\d{2})(\\d+)(?:v(\\d{1,9}))?");
    /** An abstract or PDF page on arXiv or one of its mirrors; the id is group 1. */
    private static final Pattern URL = Pattern.compile(
            "(?:https?://)?(?:www\\.|export\\.)?arxiv\\.org/(?:abs|pdf)/([^?#]+?)(?:\\.pdf)?/?(?:[?#].*)?",
            Pattern.CASE_INSENSITIVE);
    /** Old-style ids began in 1991; a two-digit year below this is in the 2000s. */
    private static final int FIRST_OLD_STYLE_YEAR = 91;

    /** Reads an id such as {@code 2509.21114v2} or {@code hep-th/9901001}. */
    public static Optional<ArxivId> parse(String text) {
        Matcher matcher = NEW_STYLE.matcher(text);
        if (matcher.matches()) {
            return Optional.of(new ArxivId(Optional.empty(), 2000 + Integer.parseInt(matcher.group(1)),
                    Integer.parseInt(matcher.group(2)), matcher.group(3), version(matcher.group(4))));
        }
        matcher = OLD_STYLE.matcher(text);
        if (matcher.matches()) {
            int yy = Integer.parseInt(matcher.group(2));
            return Optional.of(new ArxivId(Optional.of(matcher.group(1)),
                    (yy >= FIRST_OLD_STYLE_YEAR ? 1900 : 2000) + yy, Integer.parseInt(matcher.group(3)),
                    matcher.group(4), version(matcher.group(5))));
        }
        return Optional.empty();
    }

    /**
     * Reads the id out of a link to an arXiv page in any of its forms: {@code http} or
     * {@code https}, {@code www.} or {@code export.}, {@code /abs/} or {@code /pdf/}, with or
     * without {@code .pdf}.
     */
    public static Optional<ArxivId> fromUrl(String url) {
        Matcher matcher = URL.matcher(url);
        return matcher.matches() ? parse(matcher.group(1)) : Optional.empty();
    }

    public boolean isOldStyle() {
        return archive.isPresent();
    }

    /** The same paper without a version: the paper, not one of its revisions. */
    public ArxivId withoutVersion() {
        return new ArxivId(archive, year, month, number, OptionalInt.empty());
    }

    /** The {@code YYMM} part as written. */
    public String yymm() {
        // Every rule over links asks for it, and String.format cost more than the rest of those rules.
        String digits = Integer.toString(year % 100 * 100 + month);
        return "0000".substring(digits.length()) + digits;
    }

    /** The id as written, as in {@code 2509.21114v2}. */
    @Override
    public String toString() {
        String id = archive.map(name -> name + "/" + yymm() + number).orElseGet(() -> yymm() + "." + number);
        return version.isPresent() ? id + "v" + version.getAsInt() : id;
    }

    private static OptionalInt version(String digits) {
        return digits == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(digits));
    }
}
