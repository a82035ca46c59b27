package io.github.digestlint.model;

import io.github.digestlint.source.Span;
import java.util.Arrays;
import java.util.Objects;

/**
 * Where each char of a text as a reader sees it is written in the post. Markup, link destinations
 * and escapes are not part of the text, so a finding about a sentence or a character in it needs
 * this map to point into the source.
 *
 * <p>A char that the source does not hold as written (a line break, an entity such as
 * {@code &amp;}) maps to the nearest place before it.
 */
public final class TextOffsets {

    private final int[] offsets;
    /** Where the text's offsets start in {@link #offsets}. */
    private final int from;
    private final int length;
    private final int end;

    /**
     * @param offsets the offset in the post of each char of the text, in order
     * @param end the offset in the post just past the text
     */
    public TextOffsets(int[] offsets, int end) {
        this(offsets.clone(), 0, offsets.length, end);
    }

    private TextOffsets(int[] offsets, int from, int to, int end) {
        this.offsets = offsets;
        this.from = from;
        this.length = to - from;
        this.end = end;
    }

    /**
     * The offsets {@code offsets[from..to)}, without a copy: a parser builds an array for each text
     * it reads, and copying it once more per paragraph was a tenth of the parser's allocation.
     *
     * @param offsets an array the caller hands over and never changes again
     * @param end the offset in the post just past the text
     */
    public static TextOffsets handedOver(int[] offsets, int from, int to, int end) {
        Objects.checkFromToIndex(from, to, offsets.length);
        return new TextOffsets(offsets, from, to, end);
    }

    /** The offset in the post of the char at {@code index}; the text's length gives the end. */
    public int offset(int index) {
        if (index == length) {
            return end;
        }
        Objects.checkIndex(index, length);
        return offsets[from + index];
    }

    /** Copies the offsets of the text's chars into {@code target} from {@code at} on. */
    public void copyTo(int[] target, int at) {
        System.arraycopy(offsets, from, target, at, length);
    }

    /** Where the text's chars from {@code from} (inclusive) to {@code to} (exclusive) are written. */
    public Span span(int from, int to) {
        int start = offset(from);
        return to <= from ? Span.at(start) : new Span(start, Math.max(start, offset(to - 1) + 1));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TextOffsets that && end == that.end
                && Arrays.equals(offsets, from, from + length, that.offsets, that.from, that.from + that.length);
    }

    @Override
    public int hashCode() {
        int hash = 1;
        for (int index = from; index < from + length; index++) {
            hash = 31 * hash + offsets[index];
        }
        return 31 * hash + end;
    }

    @Override
    public String toString() {
        return "TextOffsets" + Arrays.toString(Arrays.copyOfRange(offsets, from, from + length));
    }
}
