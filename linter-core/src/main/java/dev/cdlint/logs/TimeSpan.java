package dev.cdlint.logs;

import java.time.Instant;
import java.util.Objects;

/** The first and last time a set of logs shows: what a diagnosis' times are drawn against. */
public record TimeSpan(Instant start, Instant end) {

    public TimeSpan {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }
}
