package io.github.digestlint.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One paper in a digest: {@code # N. [title](arXiv URL)}, the Alphaxiv line, then sections.
 *
 * @param heading the entry's heading
 * @param number the {@code N} before the title, when the heading has one
 * @param link the paper link, when the heading holds exactly one link
 * @param paper the arXiv paper that link points to, when it is a link to an arXiv page; read once
 *     for the several rules that ask
 * @param lead the blocks between the heading and the first section (where the Alphaxiv line goes)
 * @param sections the entry's sections in order
 */
public record Entry(Heading heading, OptionalInt number, Optional<Link> link, Optional<ArxivId> paper,
        List<Block> lead, List<Section> sections) {

    public Entry {
        lead = List.copyOf(lead);
        sections = List.copyOf(sections);
    }

    /** How findings name the entry: "entry 3" by its number, or "this entry" when it has none. */
    public String label() {
        return number.isPresent() ? "entry " + number.getAsInt() : "this entry";
    }

    /**
     * The blocks of its sections that a reader reads as prose, in order: what the entry says of its
     * paper.
     */
    public List<Block> prose() {
        return sections.stream().flatMap(section -> Block.prose(section.blocks()).stream()).toList();
    }

    /** The links in the lead that point to Alphaxiv or are labelled so, in order. */
    public List<Link> alphaxivLinks() {
        return lead.stream().flatMap(block -> block.links().stream()).filter(Entry::isAlphaxiv).toList();
    }

    private static boolean isAlphaxiv(Link link) {
        return link.text().strip().equalsIgnoreCase("alphaxiv")
                || link.destination().toLowerCase(Locale.ROOT).contains("alphaxiv.org");
    }
}
