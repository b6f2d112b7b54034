package dev.cdlint.logs;

import java.time.Instant;
import java.util.Arrays;

/**
 * A log message as the {@link EvidenceFinder finders} read it: its text, the same text {@link Squeezed squeezed},
 * its statements, and where a message starts within it.
 *
 * <p>A statement is a line at the message's own indentation with the lines indented deeper under it: one error
 * and its description, however many lines it takes (a partial failure's per-record errors, a userInfo dictionary
 * printed one key a line). When a paste runs several log lines into one message, each is a statement of its own.
 */
final class Message {

    /** A span of the text, {@code [start, end)}. */
    record Span(int start, int end) {
        boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }

    private final LogEntry entry;
    private final boolean followsSetupFailure;
    private final Squeezed squeezed;
    private int[] lineBreaks;
    private int[] statements;

    /**
     * @param followsSetupFailure whether the message starts with a CKError right after one that ends in a failed
     *     CloudKit setup it gives no cause for: that CKError is the cause
     */
    Message(LogEntry entry, boolean followsSetupFailure) {
        this.entry = entry;
        this.followsSetupFailure = followsSetupFailure;
        this.squeezed = Squeezed.of(entry.text());
    }

    boolean followsSetupFailure() {
        return followsSetupFailure;
    }

    /** When the message's first line says it was logged, or null. */
    Instant time() {
        return entry.time();
    }

    String text() {
        return entry.text();
    }

    Squeezed squeezed() {
        return squeezed;
    }

    /** The log line a text offset is on. */
    int lineOf(int offset) {
        if (lineBreaks == null) {
            lineBreaks = lineBreaks(entry.text());
        }
        return (int) Math.min((long) entry.line() + firstAfter(lineBreaks, offset - 1), Integer.MAX_VALUE);
    }

    /** The index of the statement the offset is in. */
    int statementOf(int offset) {
        if (statements == null) {
            statements = statementStarts(entry.text());
        }
        return firstAfter(statements, offset) - 1;
    }

    /**
     * Whether an error text at this offset stands where a message starts: at the start of its line, or after a
     * colon, {@code =}, a bracket, a semicolon or a quote that itself starts a message. Prose that mentions an
     * error's words ("when you see Cannot create or modify field ...") does not.
     */
    boolean startsMessage(int offset) {
        String text = entry.text();
        int i = skipBlanksBackwards(text, offset - 1);
        if (i < 0 || LogEntry.isLineBreak(text.charAt(i))) {
            return true;
        }
        char c = text.charAt(i);
        if (c == '"' || c == '\'' || c == '\u201C' || c == '\u2018') {
            int j = skipBlanksBackwards(text, i - 1);
            return j < 0 || LogEntry.isLineBreak(text.charAt(j)) || ":=({[;>,".indexOf(text.charAt(j)) >= 0;
        }
        return ":=({[;>".indexOf(c) >= 0;
    }

    private static int skipBlanksBackwards(String text, int i) {
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i;
    }

    /** Where each statement starts: the first line, and each later line indented no deeper than the first. */
    private static int[] statementStarts(String text) {
        int[] starts = new int[8];
        int count = 0;
        int base = -1;
        for (int lineStart = 0; lineStart <= text.length(); ) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int depth = 0;
            int i = lineStart;
            for (; i < lineEnd && (text.charAt(i) == ' ' || text.charAt(i) == '\t'); i++) {
                depth += text.charAt(i) == '\t' ? 4 : 1;
            }
            boolean blank = i == lineEnd;
            if (count == 0 || !blank && depth <= base) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = lineStart;
            }
            if (base < 0 && !blank) {
                base = depth;
            }
            lineStart = lineEnd + 1;
        }
        return Arrays.copyOf(starts, count);
    }

    /** The index of the first value greater than {@code offset} in a sorted array. */
    static int firstAfter(int[] sorted, int offset) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] <= offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static int[] lineBreaks(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] breaks = new int[count];
        for (int i = 0, n = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                breaks[n++] = i;
            }
        }
        return breaks;
    }
}
