package io.github.digestlint.rule;

import io.github.digestlint.source.Span;
import io.github.digestlint.source.TextEdit;
import java.util.List;

/** Where a rule reports what it finds, located by offsets into the post's text. */
public interface Reporter {

    /**
     * Reports a finding with the edits that repair it; a rule marked fixable passes them whenever
     * the repair is safe, and none otherwise.
     */
    void report(Span span, String message, List<TextEdit> fix);

    /** Reports a finding that covers a span of the post and has no automatic repair. */
    default void report(Span span, String message) {
        report(span, message, List.of());
    }

    /** Reports a finding at one place in the post. */
    default void report(int offset, String message) {
        report(Span.at(offset), message);
    }
}
