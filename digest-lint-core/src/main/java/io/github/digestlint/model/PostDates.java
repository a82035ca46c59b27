package io.github.digestlint.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a post belongs to, read as written: from the front matter's {@code date} and from the
 * file name. Never converted through a time zone, because Jekyll files the post by the written day.
 */
public final class PostDates {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private PostDates() {
    }

    /**
     * The {@code YYYY-MM-DD} the {@code date} key starts with, when it is a day of the calendar; a
     * day that is not is date-format's finding, and other rules fall back to the file name's day.
     */
    public static Optional<String> frontMatterDay(Post post) {
        return frontMatterDay(post.data());
    }

    private static Optional<String> frontMatterDay(Optional<YamlMapping> data) {
        return data.flatMap(mapping -> mapping.scalar("date")).map(YamlScalar::value).flatMap(PostDates::leadingDay)
                .filter(PostDates::isCalendarDay);
    }

    /** The {@code YYYY-MM-DD} the file name starts with, as Jekyll reads it. */
    public static Optional<String> fileNameDay(Post post) {
        return leadingDay(post.fileName());
    }

    /** The day of the post: the front matter's, else the file name's. */
    public static Optional<String> day(Post post) {
        return frontMatterDay(post).or(() -> fileNameDay(post));
    }

    /** The day of a post not yet parsed: its front matter's data, else its file name's. */
    public static Optional<String> day(Optional<YamlMapping> data, String path) {
        return frontMatterDay(data).or(() -> leadingDay(Post.fileName(path)));
    }

    /**
     * A date to suggest for the post, in the form Jekyll reads: its file name's day at midnight, or
     * a placeholder when the file name has no day.
     */
    public static String exampleDate(Post post) {
        return fileNameDay(post).filter(PostDates::isCalendarDay).map(day -> day + " 00:00:00")
                .orElse("YYYY-MM-DD HH:MM:SS");
    }

    /** A day written with or without zeros, {@code 2025-9-6}, as {@code YYYY-MM-DD}. */
    public static String withZeros(String year, String month, String day) {
        return year + "-" + twoDigits(month) + "-" + twoDigits(day);
    }

    /** A number of one or two digits written with two. */
    public static String twoDigits(String number) {
        return number.length() == 1 ? "0" + number : number;
    }

    public static boolean isCalendarDay(String day) {
        Matcher matcher = DAY.matcher(day);
        if (!matcher.matches()) {
            return false;
        }
        try {
            LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static Optional<String> leadingDay(String text) {
        Matcher matcher = DAY.matcher(text);
        return matcher.lookingAt() ? Optional.of(matcher.group()) : Optional.empty();
    }
}
