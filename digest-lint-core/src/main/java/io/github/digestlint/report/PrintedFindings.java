package io.github.digestlint.report;

import io.github.digestlint.rule.Finding;
import io.github.digestlint.rule.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which findings a run prints a line for. A blog adopting digest-lint may have thousands of
 * findings, most of them warnings; its author reads the errors first, or only the per-rule table.
 * The table, the summary, annotations and report files always hold every finding.
 */
public enum PrintedFindings {
    ALL, ERRORS, NONE;

    /**
     * The choice a parameter or option writes: {@code all}, {@code errors} or {@code none}; case and
     * blanks aside.
     *
     * @throws IllegalArgumentException for any other value; the message says what is valid
     */
    public static PrintedFindings byLabel(String value) {
        String label = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        for (PrintedFindings choice : values()) {
            if (choice.label().equals(label)) {
                return choice;
            }
        }
        throw new IllegalArgumentException("'" + value + "': use all, errors or none");
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean prints(Finding finding) {
        return this == ALL || this == ERRORS && finding.severity() == Severity.ERROR;
    }

    /**
     * The line that says how many findings went unprinted, so that a short log is never mistaken for
     * a clean blog; empty when every finding was printed.
     *
     * @param printAll how the user prints them all, as in {@code -Ddigestlint.printFindings=all}
     */
    public Optional<String> unprinted(List<Finding> findings, String printAll) {
        long printed = findings.stream().filter(this::prints).count();
        if (printed == findings.size()) {
            return Optional.empty();
        }
        return Optional.of("printed " + printed + " of " + findings.size() + " findings (" + label()
                + "); the table above counts them all, and " + printAll + " prints each");
    }
}
