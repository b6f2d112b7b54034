package dev.cdlint.finding;

import java.util.Locale;
import java.util.Optional;

/** How much a finding matters, from least to most: a fail level {@link #atLeast compares} in this order. */
public enum Severity {
    INFO,
    WARNING,
    ERROR;

    /** The lower-case name used in configuration, options and reports: {@code info}, {@code warning}, {@code error}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    /**
     * Reads a fail level as {@code --fail-on} and the plugin's {@code failOn} take it: a severity, or
     * {@code never}, which is empty.
     *
     * @throws IllegalArgumentException with a message that lists the levels
     */
    public static Optional<Severity> failLevel(String level) {
        if (level.equals("never")) {
            return Optional.empty();
        }
        return Optional.of(fromId(level).orElseThrow(() -> new IllegalArgumentException("'" + level
                + "' is not a level; use error, warning, info or never")));
    }

    public static Optional<Severity> fromId(String id) {
        for (Severity severity : values()) {
            if (severity.id().equals(id)) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }
}
