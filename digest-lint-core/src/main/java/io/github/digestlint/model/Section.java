package io.github.digestlint.model;

import java.util.List;

/** A section of an entry: a heading below the entry's and the blocks up to the next heading. */
public record Section(Heading heading, List<Block> blocks) {

    public Section {
        blocks = List.copyOf(blocks);
    }

    public String name() {
        return heading.text().strip();
    }
}
