package io.github.digestlint.model;

import java.util.List;
import java.util.Optional;
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
 */
public record DigestKind(String name, Optional<Glob> pathGlob, Optional<String> titleGlob, String titleFormat,
        int entryLevel, List<String> sections, List<String> introLabels, ArxivLinkForm arxivLink,
        Optional<String> alphaxivLanguage, PostConventions conventions) {

    public static final String DATE_PLACEHOLDER = "{date}";
    /** Alphaxiv's English pages have no language segment. */
    public static final String ENGLISH = "en";

    /** The format of the "Daily Papers" posts described in FORMAT.md. */
    public static final DigestKind DAILY_PAPERS = new DigestKind("daily-papers",
            Optional.of(new Glob("**/*daily-papers*")), Optional.of("Daily Papers*"),
            "Daily Papers — {date}", 1,
            List.of("Introduction", "Method", "Results", "Limitations", "Conclusion"),
            List.of("Goal", "Motivation", "Contribution"),
            new ArxivLinkForm("https", ArxivLinkForm.Version.FORBIDDEN), Optional.of("ko"),
            PostConventions.DAILY_PAPERS);

    public DigestKind {
        sections = List.copyOf(sections);
        introLabels = List.copyOf(introLabels);
    }

    /**
     * Whether this kind covers a post. The title is optional because a post whose front matter
     * does not parse must still be selected by its path.
     */
    public boolean selects(String path, Optional<String> title) {
        return pathGlob.filter(glob -> glob.matches(path)).isPresent()
                || titleGlob.filter(glob -> title.filter(titleMatcher(glob).asMatchPredicate()).isPresent())
                        .isPresent();
    }

    /** The title this kind expects on a post of the given day ({@code YYYY-MM-DD}). */
    public String expectedTitle(String day) {
        return titleFormat.replace(DATE_PLACEHOLDER, day);
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
