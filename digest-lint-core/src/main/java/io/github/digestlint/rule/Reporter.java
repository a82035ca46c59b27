package io.github.digestlint.rule;

import io.github.digestlint.source.Span;

/** Where a rule reports what it finds, located by offsets into the post's text. */
public interface Reporter {

    /** Reports a finding that covers a span of the post. */
    void report(Span span, String message);

    /** Reports a finding at one place in the post. */
    default void report(int offset, String message) {
        report(Span.at(offset), message);
    }
}
