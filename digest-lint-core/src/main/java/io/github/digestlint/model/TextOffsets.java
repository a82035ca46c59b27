package io.github.digestlint.model;

import io.github.digestlint.source.Span;
import java.util.Arrays;

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
    private final int end;

    /**
     * @param offsets the offset in the post of each char of the text, in order
     * @param end the offset in the post just past the text
     */
    public TextOffsets(int[] offsets, int end) {
        this.offsets = offsets.clone();
        this.end = end;
    }

    /** The offset in the post of the char at {@code index}; the text's length gives the end. */
    public int offset(int index) {
        return index == offsets.length ? end : offsets[index];
    }

    /** Where the text's chars from {@code from} (inclusive) to {@code to} (exclusive) are written. */
    public Span span(int from, int to) {
        int start = offset(from);
        return to <= from ? Span.at(start) : new Span(start, Math.max(start, offset(to - 1) + 1));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TextOffsets that && end == that.end && Arrays.equals(offsets, that.offsets);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(offsets) + end;
    }

    @Override
    public String toString() {
        return "TextOffsets" + Arrays.toString(offsets);
    }
}
