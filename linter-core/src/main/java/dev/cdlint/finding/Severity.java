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

    public static Optional<Severity> fromId(String id) {
        for (Severity severity : values()) {
            if (severity.id().equals(id)) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }
}
