package io.github.digestlint.rule;

import io.github.digestlint.fix.TextEdit;
import io.github.digestlint.source.Position;
import java.util.Comparator;
import java.util.List;

/**
 * One finding: which rule, how serious, where, and what is wrong.
 *
 * @param path the post's path relative to the project, with forward slashes
 * @param start where the problem starts, and where an editor should jump
 * @param end where the problem ends (equal to {@code start} for a point)
 * @param fix the edits that repair it, as offsets into the post's text; empty when it has no safe repair
 */
public record Diagnostic(String ruleId, Severity severity, String path, Position start, Position end,
        String message, List<TextEdit> fix) implements Comparable<Diagnostic> {

    private static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::path)
            .thenComparing(Diagnostic::start)
            .thenComparing(Diagnostic::ruleId)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        fix = List.copyOf(fix);
    }

    public boolean isFixable() {
        return !fix.isEmpty();
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }

    /** The line compilers and editors understand: {@code path:line:column: severity: message [rule]}. */
    public String format() {
        return path + ":" + start.line() + ":" + start.column() + ": " + severity.label() + ": " + message
                + " [" + ruleId + "]";
    }
}
