package io.github.digestlint.rules.content;

import io.github.digestlint.model.Block;
import io.github.digestlint.model.DigestKind;
import io.github.digestlint.model.Entry;
import io.github.digestlint.model.Post;
import io.github.digestlint.model.Section;
import io.github.digestlint.rules.content.Sentences.Sentence;
import io.github.digestlint.rules.shared.SectionNames;
import io.github.digestlint.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What the content rules judge as one piece of prose: a section of a digest entry, or one bullet
 * of its Introduction, which has a sentence limit of its own. Its text and sentences are worked out
 * once, when it is made.
 */
final class Passage {

    /**
     * Four content rules read a digest's passages; working them out once per post instead of once
     * per rule saves most of what those rules cost.
     */
    private static final Function<Post, List<Passage>> PASSAGES = post -> read(post, post.kind().orElseThrow());

    /** A block's text from {@code start} on, and its sentences; a piece's end also ends a sentence. */
    record Piece(Block block, int start, String text, List<Sentence> sentences) {

        Piece {
            sentences = List.copyOf(sentences);
        }

        static Piece of(Block block, int start) {
            String text = block.text().substring(start);
            return new Piece(block, start, text, Sentences.split(text));
        }

        /** Where the chars of {@link #text()} from {@code from} to {@code to} are written. */
        Span source(int from, int to) {
            return block.source(start + from, start + to);
        }
    }

    /** A sentence and the piece it is in. */
    record PieceSentence(Piece piece, Sentence sentence) {

        String text() {
            return sentence.in(piece.text());
        }

        Span span() {
            return piece.source(sentence.start(), sentence.end());
        }
    }

    private final String name;
    private final String where;
    private final List<Piece> pieces;
    private final String text;
    private final List<PieceSentence> sentences;

    /**
     * @param name the section name or Introduction label that options refer to it by: "Method", "Goal"
     * @param where how messages name it: "section 'Method' of entry 3"
     * @param pieces its texts in order (paragraphs, bullets, block quotes); a bullet's label left out
     */
    private Passage(String name, String where, List<Piece> pieces) {
        this.name = name;
        this.where = where;
        this.pieces = List.copyOf(pieces);
        String[] texts = new String[this.pieces.size()];
        List<PieceSentence> located = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            Piece piece = this.pieces.get(i);
            texts[i] = piece.text();
            piece.sentences().forEach(sentence -> located.add(new PieceSentence(piece, sentence)));
        }
        // A passage of one piece, an Introduction bullet, has the piece's text as it is.
        this.text = texts.length == 1 ? texts[0] : String.join("\n", texts);
        this.sentences = List.copyOf(located);
    }

    String name() {
        return name;
    }

    String where() {
        return where;
    }

    List<Piece> pieces() {
        return pieces;
    }

    /** The passage's text as a reader sees it, each piece on a line of its own. */
    String text() {
        return text;
    }

    /** Its sentences in order. */
    List<PieceSentence> sentences() {
        return sentences;
    }

    /** The passages of a digest's entries in order. */
    static List<Passage> of(Post digest) {
        return digest.derived(PASSAGES);
    }

    private static List<Passage> read(Post post, DigestKind kind) {
        List<Passage> passages = new ArrayList<>();
        for (Entry entry : post.entries()) {
            for (Section section : entry.sections()) {
                if (isIntroduction(kind, section)) {
                    addIntroduction(kind, entry, section, passages);
                } else {
                    String name = SectionNames.closest(section.name(), kind.sections()).orElse(section.name());
                    add(passages, name, where(entry, section), prose(section.blocks()));
                }
            }
        }
        return List.copyOf(passages);
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
                    addBullet(kind, entry, bullet, number, passages);
                }
            } else {
                others.add(block);
            }
        }
        add(passages, kind.sections().get(0), where(entry, section), prose(others));
    }

    /**
     * A bullet of the Introduction, named by its label; one without a label is named by the label
     * its place calls for, so that its sentence limit still applies.
     */
    private static void addBullet(DigestKind kind, Entry entry, Block bullet, int number, List<Passage> passages) {
        List<String> labels = kind.introLabels();
        for (String label : labels) {
            int text = afterLabel(bullet.text(), label);
            if (text >= 0) {
                add(passages, label, "the " + SectionNames.quoted(label + ":") + " bullet of " + entry.label(),
                        List.of(Piece.of(bullet, text)));
                return;
            }
        }
        String name = number <= labels.size() ? labels.get(number - 1) : kind.sections().get(0);
        add(passages, name, "bullet " + number + " of the " + kind.sections().get(0) + " of " + entry.label(),
                List.of(Piece.of(bullet, 0)));
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
        return Block.prose(blocks).stream().map(block -> Piece.of(block, 0)).toList();
    }

    static boolean isList(Block block) {
        return block.kind() == Block.Kind.BULLET_LIST || block.kind() == Block.Kind.ORDERED_LIST;
    }

    /** Adds a passage that has text; an empty section is left to {@code empty-section}. */
    private static void add(List<Passage> passages, String name, String where, List<Piece> pieces) {
        List<Piece> withText = new ArrayList<>(pieces.size());
        for (Piece piece : pieces) {
            if (!piece.text().isBlank()) {
                withText.add(piece);
            }
        }
        if (!withText.isEmpty()) {
            passages.add(new Passage(name, where, withText));
        }
    }

    private static String where(Entry entry, Section section) {
        return "section " + SectionNames.quoted(section.name()) + " of " + entry.label();
    }
}
