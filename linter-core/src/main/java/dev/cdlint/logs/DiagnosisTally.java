package dev.cdlint.logs;

import dev.cdlint.logs.kinds.DiagnosisKind;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts problems by occurrence, however the reader split the log into messages: a problem counts once for each
 * {@link Message statement} that shows it. So one error counts once however often its description repeats the
 * fact (a partial failure lists the same server message for every record it failed; a throttle sets a flag and
 * names the error), and each log line that shows it again counts again. A problem is reported once, at its first
 * sighting, with the count.
 *
 * <p>A hostile log could name millions of distinct problems; past {@link #MAX_PROBLEMS} a new one is only counted
 * as left out, so memory stays bounded.
 */
final class DiagnosisTally {

    /** The most distinct problems kept: far more than a person reads, far less than the heap holds. */
    static final int MAX_PROBLEMS = 10_000;

    private final Map<Problem, Tally> tallies = new LinkedHashMap<>();
    private long leftOut;

    /** Times kept per problem, at most: enough to draw when it occurred, and bounded however long the log. */
    static final int MAX_TIMES = 1024;

    private static final class Tally {
        final Sighting first;
        final Path log;
        final int logIndex;
        final int line;
        int count;
        Path lastLog;
        int lastLine;
        /** Every {@code stride}th dated occurrence: halved and the stride doubled when full, so still even. */
        final List<Instant> times = new ArrayList<>();
        long dated;
        long stride = 1;

        Tally(Sighting first, Path log, int logIndex, int line) {
            this.first = first;
            this.log = log;
            this.logIndex = logIndex;
            this.line = line;
        }

        void seen(Path log, int line, Instant time) {
            if (count < Integer.MAX_VALUE) {
                count++;
            }
            lastLog = log;
            lastLine = line;
            if (time != null && dated++ % stride == 0) {
                times.add(time);
                if (times.size() == MAX_TIMES) {
                    for (int i = 1; i < MAX_TIMES / 2; i++) {
                        times.set(i, times.get(2 * i));
                    }
                    times.subList(MAX_TIMES / 2, times.size()).clear();
                    stride *= 2;
                }
            }
        }
    }

    /** Adds the sightings of one message of the {@code logIndex}th log. */
    void add(Path log, int logIndex, Message message, List<Sighting> sightings) {
        Set<List<Object>> counted = new HashSet<>();
        Set<Integer> explained = explainedFallbacks(sightings);
        for (int i = 0; i < sightings.size(); i++) {
            Sighting sighting = sightings.get(i);
            if (explained.contains(i)) {
                continue;
            }
            if (!counted.add(List.of(sighting.problem(), message.statementOf(sighting.offset())))) {
                continue;
            }
            Tally tally = tallies.get(sighting.problem());
            if (tally == null) {
                if (tallies.size() >= MAX_PROBLEMS) {
                    leftOut++;
                    continue;
                }
                tally = new Tally(sighting, log, logIndex, message.lineOf(sighting.offset()));
                tallies.put(sighting.problem(), tally);
            }
            tally.seen(log, message.lineOf(sighting.offset()), message.time());
        }
    }

    /**
     * The sightings that stand only when nothing says more and are followed, before the next such one, by one that
     * does (by their index).
     */
    private static Set<Integer> explainedFallbacks(List<Sighting> sightings) {
        if (sightings.stream().noneMatch(Sighting::fallback)) {
            return Set.of();
        }
        int[] fallbacks = sightings.stream().filter(Sighting::fallback).mapToInt(Sighting::offset).sorted().toArray();
        int[] others = sightings.stream().filter(s -> !s.fallback()).mapToInt(Sighting::offset).sorted().toArray();
        Set<Integer> explained = new HashSet<>();
        for (int i = 0; i < sightings.size(); i++) {
            Sighting sighting = sightings.get(i);
            if (sighting.fallback()) {
                int next = Message.firstAfter(fallbacks, sighting.offset());
                int until = next < fallbacks.length ? fallbacks[next] : Integer.MAX_VALUE;
                int other = Message.firstAfter(others, sighting.offset());
                if (other < others.length && others[other] < until) {
                    explained.add(i);
                }
            }
        }
        return explained;
    }

    /** How many sightings of new problems were left out past {@link #MAX_PROBLEMS}. */
    long leftOut() {
        return leftOut;
    }

    /**
     * The diagnoses, in the order they first appear: by log, then line. A validator sentence quoted without its
     * elements adds nothing when the logs list elements of the same check (or, for a bare 134060, of any).
     */
    List<Diagnosis> diagnoses() {
        Set<String> listedRules = new HashSet<>();
        boolean anyListed = false;
        for (Problem problem : tallies.keySet()) {
            if (problem.kind() == DiagnosisKind.MODEL_VALIDATION && !ModelValidation.isHeaderOnly(problem)) {
                anyListed = true;
                listedRules.add(String.valueOf(problem.rule()));
            }
        }
        List<Tally> ordered = new ArrayList<>();
        for (Tally tally : tallies.values()) {
            Problem problem = tally.first.problem();
            boolean redundant = ModelValidation.isHeaderOnly(problem)
                    && (problem.variant().equals(CoreDataCodes.UNLISTED) ? anyListed
                            : listedRules.contains(String.valueOf(problem.rule())));
            if (!redundant) {
                ordered.add(tally);
            }
        }
        ordered.sort(Comparator.<Tally>comparingInt(t -> t.logIndex).thenComparingInt(t -> t.line));
        List<Diagnosis> diagnoses = new ArrayList<>();
        for (Tally tally : ordered) {
            Problem p = tally.first.problem();
            diagnoses.add(new Diagnosis(p.kind(), tally.count, tally.log, tally.line, tally.first.detail(), p.rule(),
                    p.recordType(), p.field(), p.entity(), p.property(), null, List.of(), tally.lastLog,
                    tally.lastLine, tally.times));
        }
        return diagnoses;
    }
}
