package dev.cdlint.logs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a log into {@link LogEntry messages}, whatever tool wrote it: {@code log show} (default, compact and
 * syslog styles, also on a sysdiagnose's archive), Xcode's console with or without its metadata, {@code NSLog}
 * lines, a syslog-style export and Console.app's copied rows. A line that starts with one of their prefixes
 * starts a message; any other line continues the current one, which is how multi-line descriptions and pastes
 * wrapped by a terminal or an issue tracker arrive.
 *
 * <p>It reads line by line and hands each message on as soon as the next one starts, so memory is bounded by
 * the longest message and time is linear in the log's size: every prefix pattern is anchored at the line start.
 */
public final class LogReader {

    private static final String DATE_TIME = "\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}:\\d{2}";
    private static final String ZONE = "(?:Z|[+-]\\d{2}:?\\d{2})?";
    /** What {@code log show} puts between the process and the message: {@code (Sender) [subsystem:category]}. */
    private static final String SENDER_AND_CATEGORY = "(?:\\([^)]*\\)\\s)?(?:\\[[^\\]]*\\]\\s)?";

    private static final List<Pattern> PREFIXES = List.of(
            // log show (default style): timestamp, thread, type, activity, pid, ttl, "Process: "
            Pattern.compile("^" + DATE_TIME + "\\.\\d+" + ZONE + "\\s+0x\\p{XDigit}+\\s+\\w+\\s+0x\\p{XDigit}+"
                    + "\\s+\\d+\\s+\\d+\\s+(?:[^:]+?):\\s" + SENDER_AND_CATEGORY),
            // log show --style compact: timestamp, type letters, "Process[pid:tid] "
            Pattern.compile("^" + DATE_TIME + "\\.\\d+\\s+(?:Df|Db|I|E|F|Fa|A)\\s+(?:.+?)\\[\\d+:\\p{XDigit}+\\]"
                    + "\\s" + SENDER_AND_CATEGORY),
            // log show --style syslog: timestamp, host, "Process[pid]: "
            Pattern.compile("^" + DATE_TIME + "\\.\\d+" + ZONE + "\\s+\\S+\\s+(?:[^\\[\\s]+)\\[\\d+\\]:\\s"
                    + SENDER_AND_CATEGORY),
            // NSLog and Xcode's console with metadata: timestamp, "Process[pid:tid] "
            Pattern.compile("^" + DATE_TIME + "[.:]\\d+" + ZONE + "\\s+(?:[^\\[\\s]+)\\[\\d+:\\p{XDigit}+\\]"
                    + "\\s+" + SENDER_AND_CATEGORY),
            // syslog and older Console exports: "Nov 29 10:00:00 host Process(Library)[pid] <Level>: "
            Pattern.compile("^[A-Z][a-z]{2}\\s+\\d{1,2}\\s\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?\\s\\S+\\s"
                    + "(?:[^\\s\\[(]+)(?:\\([^)]*\\))?\\[\\d+\\](?:\\s<\\w+>)?:\\s"),
            // Console.app's copied rows: type, time, process, tab-separated
            Pattern.compile("^(?:default|info|debug|error|fault)\\t[^\\t]*\\t(?:[^\\t]+)\\t"),
            // any other line that starts with a timestamp
            Pattern.compile("^" + DATE_TIME + "(?:[.:]\\d+)?" + ZONE + "\\s+"));

    /**
     * The date and time a line starts with, where the tool writes a date ({@code log show}, {@code NSLog}, Xcode with
     * metadata): year, month, day, hour, minute, second and fraction. A zone offset after it is not read: the
     * time is the clock time the log shows, which is what a reader compares it with.
     */
    private static final Pattern TIMESTAMP = Pattern.compile(
            "^(\\d{4})-(\\d{2})-(\\d{2})[ T](\\d{2}):(\\d{2}):(\\d{2})(?:[.:](\\d{1,9}))?");

    /** Xcode's console without metadata shows Core Data's own lines as they are; each starts a message. */
    private static final String CORE_DATA_PREFIX = "CoreData: ";

    private LogReader() {}

    /** Every message of the text, in order. */
    public static List<LogEntry> read(String text) {
        List<LogEntry> entries = new ArrayList<>();
        try {
            read(new BufferedReader(new StringReader(text)), entries::add);
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return entries;
    }

    /**
     * Hands each message of the log to the consumer, in order, and returns the number of lines read. The reader is
     * not closed.
     */
    public static int read(BufferedReader log, Consumer<LogEntry> entries) throws IOException {
        Matcher[] matchers = PREFIXES.stream().map(p -> p.matcher("")).toArray(Matcher[]::new);
        Matcher timestamp = TIMESTAMP.matcher("");
        StringBuilder text = new StringBuilder();
        Instant time = null;
        int start = 1;
        int lineNumber = 0;
        boolean open = false;
        for (String line = log.readLine(); line != null; line = log.readLine()) {
            lineNumber++;
            int prefixEnd = prefixEnd(line, matchers);
            if (prefixEnd >= 0) {
                if (open) {
                    entries.accept(new LogEntry(start, text.toString(), time));
                }
                text.setLength(0);
                start = lineNumber;
                time = timeOf(line, timestamp);
                unescape(line, prefixEnd, text);
                open = true;
            } else {
                if (open) {
                    text.append('\n');
                } else {
                    start = lineNumber;
                    time = null;
                    open = true;
                }
                unescape(line, 0, text);
            }
        }
        if (open) {
            entries.accept(new LogEntry(start, text.toString(), time));
        }
        return lineNumber;
    }

    /**
     * When the line says it was logged, as its clock time taken as UTC (so that it prints back as written), or null.
     * Read leniently, as the time the clock showed: a second written as 60
     * or more runs on into the next minute rather than losing the line's place in time; a date that does not exist
     * gives none.
     */
    static Instant timeOf(String line, Matcher timestamp) {
        if (!timestamp.reset(line).lookingAt()) {
            return null;
        }
        try {
            String fraction = timestamp.group(7) == null ? "0" : timestamp.group(7);
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(timestamp.group(1)),
                            Integer.parseInt(timestamp.group(2)), Integer.parseInt(timestamp.group(3)), 0, 0)
                    .plusHours(Integer.parseInt(timestamp.group(4)))
                    .plusMinutes(Integer.parseInt(timestamp.group(5)))
                    .plusSeconds(Integer.parseInt(timestamp.group(6)))
                    .plusNanos(Long.parseLong((fraction + "00000000").substring(0, 9)));
            return local.toInstant(ZoneOffset.UTC);
        } catch (DateTimeException | NumberFormatException unreadable) {
            return null;
        }
    }

    /**
     * Where the log prefix the line starts with ends, or -1 when it starts with none; {@code matchers} are the
     * {@link #PREFIXES}', reused line to line.
     */
    private static int prefixEnd(String line, Matcher[] matchers) {
        if (line.isEmpty()) {
            return -1;
        }
        char first = line.charAt(0);
        if (first >= '0' && first <= '9' || first >= 'A' && first <= 'Z' || first >= 'a' && first <= 'z') {
            for (Matcher matcher : matchers) {
                if (matcher.reset(line).lookingAt()) {
                    return matcher.end();
                }
            }
            if (line.startsWith(CORE_DATA_PREFIX)) {
                return 0;
            }
        }
        return -1;
    }

    /**
     * Appends the line from {@code from}, with the escapes of a description printed inside another one undone:
     * {@code \"} and {@code \'} (however many backslashes nesting added) become the quote, {@code \n} becomes
     * {@link LogEntry#ESCAPED_LINE_BREAK} and {@code \t} a tab.
     */
    static void unescape(String line, int from, StringBuilder out) {
        int length = line.length();
        for (int i = from; i < length; i++) {
            char c = line.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            int run = i;
            while (run < length && line.charAt(run) == '\\') {
                run++;
            }
            char next = run < length ? line.charAt(run) : 0;
            switch (next) {
                case '"', '\'' -> out.append(next);
                case 'n' -> out.append(LogEntry.ESCAPED_LINE_BREAK);
                case 't' -> out.append('\t');
                default -> {
                    out.append(line, i, run);
                    i = run - 1;
                    continue;
                }
            }
            i = run;
        }
    }
}
