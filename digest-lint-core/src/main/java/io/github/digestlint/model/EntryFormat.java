package io.github.digestlint.model;

import java.util.List;

/**
 * How a digest writes an entry: what starts it, whether its title is the paper's link, the link
 * lines below the title, the body, and the language of the prose.
 *
 * @param start what starts an entry
 * @param titleIsLink whether the title is the link to the paper, {@code [title](url)}
 * @param links the link lines that follow the title, besides the Alphaxiv line
 * @param body how the entry's text is divided
 * @param language the language of the prose, as a code such as {@code ko}, {@code en} or {@code zh};
 *     the sentence rules follow it
 */
public record EntryFormat(Start start, boolean titleIsLink, List<PaperLink> links, Body body, String language) {

    /** The entries of the "Daily Papers" posts described in FORMAT.md. */
    public static final EntryFormat DAILY_PAPERS = new EntryFormat(Start.HEADING, true, List.of(), Body.SECTIONS, "ko");

    public EntryFormat {
        links = List.copyOf(links);
    }

    /** What starts an entry. */
    public enum Start {
        /** A heading of the kind's entry level: {@code # 3. Title}. */
        HEADING("heading"),
        /** A paragraph in bold: {@code **3. Title**}, which may wrap over lines. */
        BOLD("bold title line");

        private final String noun;

        Start(String noun) {
            this.noun = noun;
        }

        /** How messages name an entry's first line: "heading", "bold title line". */
        public String noun() {
            return noun;
        }
    }

    /** How an entry's text is divided. */
    public enum Body {
        /** Headings below the entry's, named by the kind's {@code sections}. */
        SECTIONS,
        /**
         * Paragraphs that start with a label and a colon, {@code Summary: …}, named by the kind's
         * {@code sections}.
         */
        LABELLED,
        /** The paragraphs after the link lines, read as one section named {@value #SUMMARY_NAME}. */
        SUMMARY;

        public static final String SUMMARY_NAME = "Summary";
    }

    public boolean isKorean() {
        return language.equals("ko");
    }
}
