package dev.cdlint.logs;

import java.time.Instant;

/**
 * One message of a log: a line that starts with a log prefix (or the start of the file) and the lines that
 * continue it, with the prefix removed and {@code \"} escapes undone.
 *
 * @param line the 1-based line of the log where the message starts
 * @param text the message; physical lines are joined with {@code \n}, and a {@code \n} escape inside a quoted
 *     description becomes {@link #ESCAPED_LINE_BREAK}, so that line numbers still count physical lines only
 * @param time when it was logged, from a dated timestamp at the start of its first line; null without one
 */
public record LogEntry(int line, String text, Instant time) {

    public LogEntry(int line, String text) {
        this(line, text, null);
    }

    /** What an escaped line break ({@code \n} written as two characters) becomes in {@link #text}. */
    public static final char ESCAPED_LINE_BREAK = '\u2028';

    /** Whether the character ends a line of a message's text: a physical line break, or an escaped one. */
    static boolean isLineBreak(char c) {
        return c == '\n' || c == ESCAPED_LINE_BREAK;
    }

    /** Where the line of {@code text} that {@code from} is on ends. */
    static int lineEnd(String text, int from) {
        int i = Math.max(from, 0);
        while (i < text.length() && !isLineBreak(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
