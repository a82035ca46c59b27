package io.github.digestlint.parse;

import io.github.digestlint.model.ArxivId;
import io.github.digestlint.model.Block;
import io.github.digestlint.model.BodyNode;
import io.github.digestlint.model.DigestKind;
import io.github.digestlint.model.Entry;
import io.github.digestlint.model.EntryFormat;
import io.github.digestlint.model.Heading;
import io.github.digestlint.model.Link;
import io.github.digestlint.model.Section;
import io.github.digestlint.model.TextOffsets;
import io.github.digestlint.source.SourceText;
import io.github.digestlint.source.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a digest's entries out of its body, in the kind's format. An entry starts at a numbered
 * heading of any level (so that a number at the wrong level is still an entry, reported as such)
 * or at an unnumbered heading of the kind's entry level that is not a section name; in a format
 * whose entries start with a bold line, at a paragraph that opens with {@code **N.}. The entry's
 * body is then divided as the format says: by headings, by labelled paragraphs, or as one summary.
 */
final class DigestParser {

    private static final Pattern NUMBER = Pattern.compile("\\s*(\\d{1,9})\\.");
    /** A bold paragraph's title: {@code **3. Title**}, which may wrap over lines; group 1 is inside the markers. */
    private static final Pattern BOLD_TITLE = Pattern.compile("(\\*\\*|__)(\\s*\\d{1,9}\\..*?)\\1", Pattern.DOTALL);
    private static final Pattern BOLD_START = Pattern.compile("(\\*\\*|__)\\s*\\d{1,9}\\.");
    /** A label at the start of a paragraph, bold or not: {@code Summary:} or {@code **Summary:**}. */
    private static final Pattern LABEL = Pattern.compile("(\\*\\*|__)?([\\p{L} ]{1,40}?)\\s*:\\s*\\1?");

    private final DigestKind kind;
    private final EntryFormat format;
    private final SourceText source;
    /** Asked of every heading of the post; one matcher rather than one per heading. */
    private final Matcher number = NUMBER.matcher("");

    DigestParser(DigestKind kind, SourceText source) {
        this.kind = kind;
        this.format = kind.format();
        this.source = source;
    }

    List<Entry> entries(List<BodyNode> body) {
        List<Entry> entries = new ArrayList<>();
        EntryBuilder current = null;
        for (BodyNode node : body) {
            Optional<Heading> start = entryStart(node);
            if (start.isPresent()) {
                if (current != null) {
                    entries.add(current.build());
                }
                current = new EntryBuilder(start.get());
                if (node instanceof Block titleBlock) {
                    // A link line written on the bold title's last line belongs to the entry's lead.
                    current.lead.add(titleBlock);
                }
            } else if (current != null) {
                current.add(node);
            }
        }
        if (current != null) {
            entries.add(current.build());
        }
        return entries;
    }

    /** The node's title as a heading, when the node starts an entry. */
    private Optional<Heading> entryStart(BodyNode node) {
        if (format.start() == EntryFormat.Start.BOLD) {
            return node instanceof Block block && block.kind() == Block.Kind.PARAGRAPH ? boldTitle(block)
                    : Optional.empty();
        }
        if (node instanceof Heading heading && (number.reset(heading.text()).lookingAt()
                || heading.level() == kind.entryLevel() && !isSectionName(heading.text()))) {
            return Optional.of(heading);
        }
        return Optional.empty();
    }

    /** A bold title read as a heading of level 0, its text with the line breaks of a wrapped title as spaces. */
    private Optional<Heading> boldTitle(Block block) {
        String written = source.slice(block.span());
        if (!BOLD_START.matcher(written).lookingAt()) {
            return Optional.empty();
        }
        Matcher title = BOLD_TITLE.matcher(written);
        boolean closed = title.lookingAt();
        int end = closed ? title.end() : written.length();
        int textStart = closed ? title.start(2) : 2;
        int textEnd = closed ? title.end(2) : written.length();
        Span span = new Span(block.span().start(), block.span().start() + end);
        List<Link> links = block.links().stream().filter(link -> link.span().end() <= span.end()).toList();
        return Optional.of(joinedLines(written, textStart, textEnd, block.span().start(), span, links));
    }

    /** A title that wraps over lines, read as the reader sees it: each run of blanks one space. */
    private static Heading joinedLines(String written, int from, int to, int base, Span span, List<Link> links) {
        StringBuilder text = new StringBuilder();
        int[] offsets = new int[to - from];
        for (int at = from; at < to; at++) {
            char c = written.charAt(at);
            boolean blank = Character.isWhitespace(c);
            if (blank && (text.isEmpty() || text.charAt(text.length() - 1) == ' ')) {
                continue;
            }
            offsets[text.length()] = base + at;
            text.append(blank ? ' ' : c);
        }
        int length = text.length() > 0 && text.charAt(text.length() - 1) == ' ' ? text.length() - 1 : text.length();
        return new Heading(0, text.substring(0, length), span, links,
                TextOffsets.handedOver(offsets, 0, length, base + to));
    }

    /** A name written nowhere, every char of it at one place. */
    private static TextOffsets pointingAt(int offset, int length) {
        int[] offsets = new int[length];
        Arrays.fill(offsets, offset);
        return TextOffsets.handedOver(offsets, 0, length, offset);
    }

    /** A section's name that is written as is, from {@code start}: a label. */
    private static TextOffsets writtenAt(int start, int length) {
        int[] offsets = new int[length];
        for (int index = 0; index < length; index++) {
            offsets[index] = start + index;
        }
        return TextOffsets.handedOver(offsets, 0, length, start + length);
    }

    private boolean isSectionName(String text) {
        return kind.sections().stream().anyMatch(name -> name.equalsIgnoreCase(text.strip()));
    }

    /** The label a paragraph starts with, when it is one of the kind's section names. */
    private Optional<Heading> label(Block block) {
        if (block.kind() != Block.Kind.PARAGRAPH) {
            return Optional.empty();
        }
        String written = source.slice(block.span());
        Matcher label = LABEL.matcher(written);
        if (!label.lookingAt() || !isSectionName(label.group(2))) {
            return Optional.empty();
        }
        Span span = new Span(block.span().start(), block.span().start() + label.end());
        String name = label.group(2).strip();
        int nameStart = block.span().start() + label.start(2) + (label.group(2).length()
                - label.group(2).stripLeading().length());
        return Optional.of(new Heading(0, name, span, List.of(), writtenAt(nameStart, name.length())));
    }

    /** A block that holds links and little else: {@code [Read Paper](…)}, {@code > [Alphaxiv](…)}. */
    private static boolean isLinkLine(Block block) {
        if (block.links().isEmpty()) {
            return false;
        }
        String rest = block.text();
        for (Link link : block.links()) {
            rest = rest.replace(link.text(), "");
        }
        return rest.replaceAll("[\\s\\p{P}]", "").isEmpty();
    }

    private final class EntryBuilder {
        private final Heading title;
        private final List<Block> lead = new ArrayList<>();
        private final List<Section> sections = new ArrayList<>();
        private Heading sectionHeading;
        private final List<Block> sectionBlocks = new ArrayList<>();

        EntryBuilder(Heading title) {
            this.title = title;
        }

        void add(BodyNode node) {
            switch (format.body()) {
                case SECTIONS -> {
                    if (node instanceof Heading next) {
                        startSection(next);
                    } else {
                        addBlock((Block) node);
                    }
                }
                case LABELLED -> {
                    Optional<Heading> label = node instanceof Block block ? label(block) : Optional.empty();
                    if (label.isPresent()) {
                        startSection(label.get());
                    }
                    addBlock(node);
                }
                case SUMMARY -> {
                    if (sectionHeading == null && !(node instanceof Block block && isLinkLine(block))) {
                        // The summary has no heading: its name is written nowhere, so it points at the summary's start.
                        int start = nodeStart(node);
                        startSection(new Heading(0, EntryFormat.Body.SUMMARY_NAME, Span.at(start), List.of(),
                                pointingAt(start, EntryFormat.Body.SUMMARY_NAME.length())));
                    }
                    addBlock(node);
                }
            }
        }

        private void startSection(Heading heading) {
            closeSection();
            sectionHeading = heading;
        }

        /** A heading inside a labelled paragraph or a summary is text too, as the reader sees it. */
        private void addBlock(BodyNode node) {
            if (!(node instanceof Block block)) {
                return;
            }
            if (sectionHeading == null) {
                lead.add(block);
            } else {
                sectionBlocks.add(block);
            }
        }

        Entry build() {
            closeSection();
            Matcher number = NUMBER.matcher(title.text());
            OptionalInt parsed = number.lookingAt() ? OptionalInt.of(Integer.parseInt(number.group(1)))
                    : OptionalInt.empty();
            Optional<Link> link;
            Optional<ArxivId> paper;
            if (format.titleIsLink()) {
                link = title.links().size() == 1 ? Optional.of(title.links().get(0)) : Optional.empty();
                paper = link.flatMap(found -> ArxivId.fromUrl(found.destination()));
            } else {
                link = lead.stream().flatMap(block -> block.links().stream())
                        .filter(candidate -> paperIn(candidate).isPresent()).findFirst();
                paper = link.flatMap(DigestParser.this::paperIn);
            }
            return new Entry(title, parsed, link, paper, lead, sections);
        }

        private void closeSection() {
            if (sectionHeading != null) {
                sections.add(new Section(sectionHeading, sectionBlocks));
                sectionBlocks.clear();
                sectionHeading = null;
            }
        }
    }

    /** The paper a link line names: by one of the kind's link patterns, or as a link to arXiv. */
    private Optional<ArxivId> paperIn(Link link) {
        return format.links().stream().map(line -> line.paperIn(link.destination())).flatMap(Optional::stream)
                .findFirst().or(() -> ArxivId.fromUrl(link.destination()))
                .filter(found -> !link.destination().toLowerCase(Locale.ROOT).contains("alphaxiv"));
    }

    private static int nodeStart(BodyNode node) {
        return node instanceof Block block ? block.span().start() : ((Heading) node).span().start();
    }
}
