package io.github.digestlint.rules.content;

import io.github.digestlint.config.DigestKind;
import io.github.digestlint.model.Block;
import io.github.digestlint.model.Entry;
import io.github.digestlint.model.Post;
import io.github.digestlint.model.Section;
import io.github.digestlint.rules.content.Sentences.Sentence;
import io.github.digestlint.rules.sections.SectionNames;
import io.github.digestlint.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the content rules judge as one piece of prose: a section of a digest entry, or one bullet
 * of its Introduction, which has a sentence limit of its own.
 *
 * @param name the section name or Introduction label that options refer to it by: "Method", "Goal"
 * @param where how messages name it: "section 'Method' of entry 3"
 * @param pieces its texts in order (paragraphs, bullets, block quotes); a bullet's label left out
 */
record Passage(String name, String where, List<Piece> pieces) {

    /** A block's text from {@code start} on. */
    record Piece(Block block, int start) {

        String text() {
            return block.text().substring(start);
        }

        /** Where the chars of {@link #text()} from {@code from} to {@code to} are written. */
        Span source(int from, int to) {
            return block.source(start + from, start + to);
        }
    }

    /** A sentence and the piece it is in. */
    record Located(Piece piece, Sentence sentence) {

        String text() {
            return sentence.in(piece.text());
        }

        Span span() {
            return piece.source(sentence.start(), sentence.end());
        }
    }

    Passage {
        pieces = List.copyOf(pieces);
    }

    /** The passage's text as a reader sees it, each piece on a line of its own. */
    String text() {
        return pieces.stream().map(Piece::text).collect(Collectors.joining("\n"));
    }

    /** Its sentences in order; a piece's end also ends a sentence. */
    List<Located> sentences() {
        List<Located> sentences = new ArrayList<>();
        for (Piece piece : pieces) {
            for (Sentence sentence : Sentences.split(piece.text())) {
                sentences.add(new Located(piece, sentence));
            }
        }
        return sentences;
    }

    /** The passages of a digest's entries in order. */
    static List<Passage> of(Post post, DigestKind kind) {
        List<Passage> passages = new ArrayList<>();
        for (Entry entry : post.entries()) {
            for (Section section : entry.sections()) {
                if (isIntroduction(kind, section)) {
                    addIntroduction(kind, entry, section, passages);
                } else {
                    String name = SectionNames.closest(section.name(), kind.sections()).orElse(section.name());
                    add(passages, new Passage(name, where(entry, section), prose(section.blocks())));
                }
            }
        }
        return passages;
    }

    /**
     * Whether a section is the kind's Introduction, written as one labelled bullet per label: the
     * first of its sections, when it has labels.
     */
    static boolean isIntroduction(DigestKind kind, Section section) {
        return !kind.introLabels().isEmpty() && !kind.sections().isEmpty()
                && SectionNames.closest(section.name(), kind.sections()).filter(kind.sections().get(0)::equals)
                        .isPresent();
    }

    /** Each bullet is a passage of its own; any text beside the bullets is one more. */
    private static void addIntroduction(DigestKind kind, Entry entry, Section section, List<Passage> passages) {
        List<Block> others = new ArrayList<>();
        int number = 0;
        for (Block block : section.blocks()) {
            if (isList(block)) {
                for (Block bullet : block.children()) {
                    number++;
                    add(passages, bullet(kind, entry, bullet, number));
                }
            } else {
                others.add(block);
            }
        }
        add(passages, new Passage(kind.sections().get(0), where(entry, section), prose(others)));
    }

    /**
     * A bullet of the Introduction, named by its label; one without a label is named by the label
     * its place calls for, so that its sentence limit still applies.
     */
    private static Passage bullet(DigestKind kind, Entry entry, Block bullet, int number) {
        List<String> labels = kind.introLabels();
        for (String label : labels) {
            int text = afterLabel(bullet.text(), label);
            if (text >= 0) {
                return new Passage(label, "the " + SectionNames.quoted(label + ":") + " bullet of " + entry.label(),
                        List.of(new Piece(bullet, text)));
            }
        }
        String name = number <= labels.size() ? labels.get(number - 1) : kind.sections().get(0);
        return new Passage(name, "bullet " + number + " of the " + kind.sections().get(0) + " of " + entry.label(),
                List.of(new Piece(bullet, 0)));
    }

    /** Where the text after {@code label:} starts, or -1 when the text does not start with it. */
    private static int afterLabel(String text, String label) {
        if (!text.regionMatches(true, 0, label, 0, label.length())) {
            return -1;
        }
        int at = label.length();
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        if (at == text.length() || text.charAt(at) != ':') {
            return -1;
        }
        at++;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** The texts of blocks a reader reads as prose: paragraphs, quotes, and each item of a list. */
    private static List<Piece> prose(List<Block> blocks) {
        List<Piece> pieces = new ArrayList<>();
        for (Block block : blocks) {
            if (isList(block)) {
                block.children().forEach(item -> pieces.add(new Piece(item, 0)));
            } else if (block.kind() == Block.Kind.PARAGRAPH || block.kind() == Block.Kind.BLOCK_QUOTE) {
                pieces.add(new Piece(block, 0));
            }
        }
        return pieces;
    }

    static boolean isList(Block block) {
        return block.kind() == Block.Kind.BULLET_LIST || block.kind() == Block.Kind.ORDERED_LIST;
    }

    /** Adds a passage that has text; an empty section is left to {@code empty-section}. */
    private static void add(List<Passage> passages, Passage passage) {
        List<Piece> withText = passage.pieces().stream().filter(piece -> !piece.text().isBlank()).toList();
        if (!withText.isEmpty()) {
            passages.add(new Passage(passage.name(), passage.where(), withText));
        }
    }

    private static String where(Entry entry, Section section) {
        return "section " + SectionNames.quoted(section.name()) + " of " + entry.label();
    }
}
