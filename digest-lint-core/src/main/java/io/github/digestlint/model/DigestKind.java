package io.github.digestlint.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A family of digest posts and the format they follow. Posts that no kind selects are ordinary
 * posts and get only the generic front-matter checks.
 *
 * @param name how findings and configuration refer to the kind
 * @param pathGlob selects posts whose path (relative to the project) matches
 * @param titleGlob selects posts whose title matches; {@code *} stands for any text
 * @param titleFormat the title every post of the kind has; {@code {date}} stands for the post's day
 * @param entryLevel the heading level of an entry
 * @param sections the section names each entry has, in order
 * @param introLabels the labels of the Introduction's bullets, in order; empty when not checked
 * @param arxivLink the canonical form of an entry's arXiv link
 * @param alphaxivLanguage the language segment of the Alphaxiv line ({@code en} has none); empty
 *     when the kind has no Alphaxiv line
 * @param conventions the front matter and file names of the kind's posts, beyond what Jekyll requires
 * @param format how the kind writes an entry
 * @param fileName the pattern of the posts' file names, with {@code {date}} or {@code {date:pattern}}
 *     for the day and {@code *} for any text; empty when the kind does not prescribe one
 * @param days the posts' days the kind selects: a blog that changed its format midway describes each
 *     format as a kind of its own days
 */
public record DigestKind(String name, Optional<Glob> pathGlob, Optional<String> titleGlob, String titleFormat,
        int entryLevel, List<String> sections, List<String> introLabels, ArxivLinkForm arxivLink,
        Optional<String> alphaxivLanguage, PostConventions conventions, EntryFormat format,
        Optional<String> fileName, Days days) {

    public static final String DATE_PLACEHOLDER = "{date}";
    /** {@code {date}}, or {@code {date:EEEE, MMMM d, yyyy}} with a pattern of {@link DateTimeFormatter}. */
    private static final Pattern DATE_FIELD = Pattern.compile("\\{date(?::([^}]*))?}");
    /** Alphaxiv's English pages have no language segment. */
    public static final String ENGLISH = "en";

    /** The format of the "Daily Papers" posts described in FORMAT.md. */
    public static final DigestKind DAILY_PAPERS = new DigestKind("daily-papers",
            Optional.of(new Glob("**/*daily-papers*")), Optional.of("Daily Papers*"),
            "Daily Papers — {date}", 1,
            List.of("Introduction", "Method", "Results", "Limitations", "Conclusion"),
            List.of("Goal", "Motivation", "Contribution"),
            new ArxivLinkForm("https", ArxivLinkForm.Version.FORBIDDEN), Optional.of("ko"),
            PostConventions.DAILY_PAPERS, EntryFormat.DAILY_PAPERS, Optional.empty());

    public DigestKind {
        sections = List.copyOf(sections);
        introLabels = List.copyOf(introLabels);
    }

    /** A kind of posts of every day. */
    public DigestKind(String name, Optional<Glob> pathGlob, Optional<String> titleGlob, String titleFormat,
            int entryLevel, List<String> sections, List<String> introLabels, ArxivLinkForm arxivLink,
            Optional<String> alphaxivLanguage, PostConventions conventions, EntryFormat format,
            Optional<String> fileName) {
        this(name, pathGlob, titleGlob, titleFormat, entryLevel, sections, introLabels, arxivLink, alphaxivLanguage,
                conventions, format, fileName, Days.ALL);
    }

    /**
     * Whether this kind covers a post. The title is optional because a post whose front matter
     * does not parse must still be selected by its path; so is the day.
     *
     * @param day the post's {@code YYYY-MM-DD}, as {@link PostDates#day} reads it
     */
    public boolean selects(String path, Optional<String> title, Optional<String> day) {
        boolean named = pathGlob.filter(glob -> glob.matches(path)).isPresent()
                || titleGlob.filter(glob -> title.filter(titleMatcher(glob).asMatchPredicate()).isPresent())
                        .isPresent();
        return named && days.contain(day);
    }

    /** The title this kind expects on a post of the given day ({@code YYYY-MM-DD}). */
    public String expectedTitle(String day) {
        return withDate(titleFormat, day);
    }

    /**
     * An entry's first line as the kind writes it: {@code # 3. [title](url)}, {@code ### 3. title}
     * or {@code **3. title**}.
     */
    public String entryTitleLine(int number, String title, String url) {
        String text = number + ". " + (format.titleIsLink() ? "[" + title + "](" + url + ")" : title);
        return format.start() == EntryFormat.Start.BOLD ? "**" + text + "**" : "#".repeat(entryLevel) + " " + text;
    }

    /** The file name pattern of a post of the given day ({@code YYYY-MM-DD}), {@code *} standing for any text. */
    public Optional<String> expectedFileName(String day) {
        return fileName.map(pattern -> withDate(pattern, day));
    }

    /** Whether a file name fits the kind's pattern for its day; letters compare in any case. */
    public boolean fitsFileName(String name, String day) {
        return expectedFileName(day).map(pattern -> titleMatcher(pattern.toLowerCase(Locale.ROOT))
                .matcher(name.toLowerCase(Locale.ROOT)).matches()).orElse(true);
    }

    /** Whether a format holds the day: {@code {date}} or {@code {date:pattern}}. */
    public static boolean hasDateField(String format) {
        return DATE_FIELD.matcher(format).find();
    }

    /**
     * Fills in the day. Names of days and months are English, as in the titles of the digests this
     * was written for.
     *
     * @throws IllegalArgumentException when a pattern is not one of {@link DateTimeFormatter}
     */
    public static String withDate(String format, String day) {
        return DATE_FIELD.matcher(format).replaceAll(field -> Matcher.quoteReplacement(field.group(1) == null ? day
                : DateTimeFormatter.ofPattern(field.group(1), Locale.ENGLISH).format(LocalDate.parse(day))));
    }

    /** The Alphaxiv URL this kind expects for an arXiv id (without version); empty when it has none. */
    public Optional<String> expectedAlphaxivUrl(String arxivId) {
        return alphaxivLanguage.map(language -> "https://www.alphaxiv.org/"
                + (language.equals(ENGLISH) ? "" : language + "/") + "overview/" + arxivId);
    }

    private static Pattern titleMatcher(String glob) {
        StringBuilder regex = new StringBuilder();
        for (String literal : glob.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(literal));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
