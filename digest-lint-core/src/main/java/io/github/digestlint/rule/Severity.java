package io.github.digestlint.rule;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is; ordered from most to least serious. */
public enum Severity {
    ERROR, WARNING;

    /** The lower-case name used in output and configuration. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The severity a lower-case label names, as configuration and parameters write it. */
    public static Optional<Severity> byLabel(String label) {
        for (Severity severity : values()) {
            if (severity.label().equals(label)) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }

    /**
     * The threshold a run fails at, as a parameter or option writes it: {@code error},
     * {@code warning}, or {@code none} for a run that never fails on findings; case and blanks aside.
     *
     * @throws IllegalArgumentException for any other value; the message says what is valid
     */
    public static Optional<Severity> threshold(String value) {
        String label = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (label.equals("none")) {
            return Optional.empty();
        }
        return Optional.of(byLabel(label).orElseThrow(() -> new IllegalArgumentException(
                "'" + value + "': use error, warning or none")));
    }

    public boolean isAtLeast(Severity other) {
        return compareTo(other) <= 0;
    }
}
