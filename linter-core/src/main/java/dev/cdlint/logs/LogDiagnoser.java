package dev.cdlint.logs;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the messages of logs into diagnoses: each message is read by every {@link EvidenceFinder}, in order, and
 * what they find is {@link DiagnosisTally counted}: one diagnosis per distinct problem, with how often it appears
 * and where first.
 */
public final class LogDiagnoser {

    private static final List<EvidenceFinder> FINDERS = List.of(
            new ModelValidation(), new KnownMessages(), new CoreDataCodes(), new CkErrors());

    /** How a CKError printed on a line of its own starts. */
    private static final String BARE_CK_ERROR = "<CKError";

    private final DiagnosisTally tally = new DiagnosisTally();
    private Pending pending;
    private final List<LogReport.Cut> cuts = new ArrayList<>();
    private long lines;
    private int logs;
    private Instant first;
    private Instant last;

    /** Reads one log to its end; diagnoses of several logs merge, each problem counted across them all. */
    public void read(Path log, Reader in) throws IOException {
        int index = ++logs;
        LogReader.Result result = LogReader.read(in, entry -> accept(log, index, entry));
        flush();
        lines += result.lines();
        if (result.cuts() > 0) {
            cuts.add(new LogReport.Cut(log, result.firstCutLine(), result.cuts()));
        }
    }

    void accept(Path log, int logIndex, LogEntry entry) {
        Instant time = entry.time();
        if (time != null) {
            first = first == null || time.isBefore(first) ? time : first;
            last = last == null || time.isAfter(last) ? time : last;
        }
        // A CKError printed on the line after a failed setup is that failure's cause.
        boolean givesCause = pending != null && entry.text().startsWith(BARE_CK_ERROR);
        Message message = new Message(entry, givesCause);
        List<Sighting> sightings = new ArrayList<>();
        for (EvidenceFinder finder : FINDERS) {
            finder.find(message, sightings);
        }
        if (pending != null) {
            pending.tally(givesCause && sightings.stream().anyMatch(s -> !s.fallback()));
            pending = null;
        }
        if (!sightings.isEmpty()) {
            Pending next = new Pending(log, logIndex, message, sightings);
            if (next.endsInSetupFailure()) {
                pending = next;
            } else {
                next.tally(false);
            }
        }
    }

    /** Ends the current log: a message waiting for the one after it has none. */
    private void flush() {
        if (pending != null) {
            pending.tally(false);
            pending = null;
        }
    }

    /** A message's sightings, held back while the next message may still say what they lack. */
    private final class Pending {
        final Path log;
        final int logIndex;
        final Message message;
        final List<Sighting> sightings;

        Pending(Path log, int logIndex, Message message, List<Sighting> sightings) {
            this.log = log;
            this.logIndex = logIndex;
            this.message = message;
            this.sightings = sightings;
        }

        /** Whether the message ends in a setup failure it gives no cause for. */
        boolean endsInSetupFailure() {
            int last = sightings.stream().mapToInt(Sighting::offset).max().orElse(-1);
            return sightings.stream().anyMatch(s -> s.fallback() && s.offset() == last);
        }

        void tally(boolean causeFollows) {
            List<Sighting> counted = sightings;
            if (causeFollows) {
                int last = sightings.stream().mapToInt(Sighting::offset).max().orElse(-1);
                counted = sightings.stream().filter(s -> !(s.fallback() && s.offset() == last)).toList();
            }
            tally.add(log, logIndex, message, counted);
        }
    }

    /** How many log lines were read. */
    public long lines() {
        return lines;
    }

    /** The first and last time the logs show, over every message with a dated timestamp; empty without one. */
    public Optional<TimeSpan> span() {
        return first == null ? Optional.empty() : Optional.of(new TimeSpan(first, last));
    }

    /** Where messages too long to hold were cut, one entry per log that had any. */
    public List<LogReport.Cut> cuts() {
        return List.copyOf(cuts);
    }

    /** How many sightings of new problems were left out because the logs named too many distinct ones. */
    public long leftOut() {
        return tally.leftOut();
    }

    /** The diagnoses so far, in the order they first appear: by log, then line. */
    public List<Diagnosis> diagnoses() {
        return tally.diagnoses();
    }
}
