package io.github.digestlint.rule;

import io.github.digestlint.source.Position;
import io.github.digestlint.source.TextEdit;
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
public record Finding(String ruleId, Severity severity, String path, Position start, Position end,
        String message, List<TextEdit> fix) implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparing(Finding::start)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Finding {
        fix = List.copyOf(fix);
    }

    /** The same finding, naming its post by another path: relative to another folder, for example. */
    public Finding withPath(String otherPath) {
        return new Finding(ruleId, severity, otherPath, start, end, message, fix);
    }

    public boolean isFixable() {
        return !fix.isEmpty();
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }

    /** The line compilers and editors understand: {@code path:line:column: severity: message [rule]}. */
    public String format() {
        return path + ":" + start.line() + ":" + start.column() + ": " + severity.label() + ": " + message
                + " [" + ruleId + "]";
    }
}
