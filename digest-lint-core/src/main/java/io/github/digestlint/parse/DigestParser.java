package io.github.digestlint.parse;

import io.github.digestlint.model.ArxivId;
import io.github.digestlint.model.Block;
import io.github.digestlint.model.BodyNode;
import io.github.digestlint.model.DigestKind;
import io.github.digestlint.model.Entry;
import io.github.digestlint.model.Heading;
import io.github.digestlint.model.Link;
import io.github.digestlint.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a digest's entries out of its body. An entry starts at a numbered heading of any level
 * (so that a number at the wrong level is still an entry, reported as such) or at an unnumbered
 * heading of the kind's entry level that is not a section name; every other heading starts a
 * section of the current entry.
 */
final class DigestParser {

    private static final Pattern NUMBER = Pattern.compile("\\s*(\\d{1,9})\\.");

    private final DigestKind kind;

    DigestParser(DigestKind kind) {
        this.kind = kind;
    }

    List<Entry> entries(List<BodyNode> body) {
        List<Entry> entries = new ArrayList<>();
        EntryBuilder current = null;
        for (BodyNode node : body) {
            if (node instanceof Heading heading && startsEntry(heading)) {
                if (current != null) {
                    entries.add(current.build());
                }
                current = new EntryBuilder(heading);
            } else if (current != null) {
                current.add(node);
            }
        }
        if (current != null) {
            entries.add(current.build());
        }
        return entries;
    }

    private boolean startsEntry(Heading heading) {
        if (NUMBER.matcher(heading.text()).lookingAt()) {
            return true;
        }
        return heading.level() == kind.entryLevel()
                && kind.sections().stream().noneMatch(name -> name.equalsIgnoreCase(heading.text().strip()));
    }

    private static final class EntryBuilder {
        private final Heading heading;
        private final List<Block> lead = new ArrayList<>();
        private final List<Section> sections = new ArrayList<>();
        private Heading sectionHeading;
        private final List<Block> sectionBlocks = new ArrayList<>();

        EntryBuilder(Heading heading) {
            this.heading = heading;
        }

        void add(BodyNode node) {
            if (node instanceof Heading next) {
                closeSection();
                sectionHeading = next;
            } else if (sectionHeading == null) {
                lead.add((Block) node);
            } else {
                sectionBlocks.add((Block) node);
            }
        }

        Entry build() {
            closeSection();
            Matcher number = NUMBER.matcher(heading.text());
            OptionalInt parsed = number.lookingAt() ? OptionalInt.of(Integer.parseInt(number.group(1)))
                    : OptionalInt.empty();
            Optional<Link> link = heading.links().size() == 1 ? Optional.of(heading.links().get(0)) : Optional.empty();
            return new Entry(heading, parsed, link, link.flatMap(found -> ArxivId.fromUrl(found.destination())), lead,
                    sections);
        }

        private void closeSection() {
            if (sectionHeading != null) {
                sections.add(new Section(sectionHeading, sectionBlocks));
                sectionBlocks.clear();
                sectionHeading = null;
            }
        }
    }
}
