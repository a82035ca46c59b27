package io.github.digestlint.rule;

import java.util.Locale;

/** How serious a finding is; ordered from most to least serious. */
public enum Severity {
    ERROR, WARNING;

    /** The lower-case name used in output and configuration. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isAtLeast(Severity other) {
        return compareTo(other) <= 0;
    }
}
