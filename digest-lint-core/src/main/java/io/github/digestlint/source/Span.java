package io.github.digestlint.source;

/** A half-open range {@code [start, end)} of char offsets into a {@link SourceText}. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a span: [" + start + ", " + end + ")");
        }
    }

    public static Span at(int offset) {
        return new Span(offset, offset);
    }

    public int length() {
        return end - start;
    }
}
