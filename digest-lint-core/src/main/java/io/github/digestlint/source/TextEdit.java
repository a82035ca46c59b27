package io.github.digestlint.source;


/**
 * One change a fix makes to a post's text: the span is replaced by the replacement. An empty span
 * inserts, an empty replacement deletes.
 */
public record TextEdit(Span span, String replacement) {

    public static TextEdit insert(int offset, String text) {
        return new TextEdit(Span.at(offset), text);
    }

    public static TextEdit delete(Span span) {
        return new TextEdit(span, "");
    }

    public boolean overlaps(TextEdit other) {
        if (span.start() == other.span.start()) {
            return true;
        }
        TextEdit first = span.start() < other.span.start() ? this : other;
        TextEdit second = first == this ? other : this;
        return first.span.end() > second.span.start();
    }
}
