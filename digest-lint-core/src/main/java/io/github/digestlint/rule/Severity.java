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

    public boolean isAtLeast(Severity other) {
        return compareTo(other) <= 0;
    }
}
