package dev.cdlint.logs;

import java.io.IOException;
import java.io.Reader;
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
 * Splits a log into {@link LogEntry messages}, whatever tool wrote it and however it was pasted: {@code log show}
 * (default, compact and syslog styles, also on a sysdiagnose's archive), Xcode's console with or without its
 * metadata, {@code NSLog} lines, a syslog-style export and Console.app's copied rows, quoted, listed or fenced in
 * Markdown ({@link PasteDecoration}). A line that starts with one of their prefixes starts a message; any other
 * line continues the current one, which is how multi-line descriptions and pastes wrapped by a terminal or an
 * issue tracker arrive. A code fence ends the message before it.
 *
 * <p>It reads line by line and hands each message on as soon as the next one starts, so time is linear in the
 * log's size (every prefix pattern is anchored at the line start) and memory is bounded: a message that reaches
 * {@link #MAX_MESSAGE} characters is cut there, and what follows is read as a new message (see {@link Result}).
 */
public final class LogReader {

    /** The longest message kept whole: 1 MiB of text, far above any real error description. */
    static final int MAX_MESSAGE = LogLines.MAX_PIECE;

    private static final String DATE_TIME = "\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}:\\d{2}";
    private static final String ZONE = "(?:Z|[+-]\\d{2}:?\\d{2})?";
    /** What {@code log show} puts between the process and the message: {@code (Sender) [subsystem:category]}. */
    private static final String SENDER_AND_CATEGORY = "(?:\\([^)]*\\)\\s)?(?:\\[[^\\]]*\\]\\s)?";

    /**
     * The prefixes of the tools that write logs; the message starts after them. The first {@link #DATED_PREFIXES}
     * start with a date, then come {@link #SYSLOG} and {@link #CONSOLE_ROW}.
     */
    private static final List<Pattern> TOOL_PREFIXES = List.of(
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
            // any other line that starts with a timestamp
            Pattern.compile("^" + DATE_TIME + "(?:[.:]\\d+)?" + ZONE + "\\s+"),
            // syslog and older Console exports: "Nov 29 10:00:00 host Process(Library)[pid] <Level>: "
            Pattern.compile("^[A-Z][a-z]{2}\\s+\\d{1,2}\\s\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?\\s\\S+\\s"
                    + "(?:[^\\s\\[(]+)(?:\\([^)]*\\))?\\[\\d+\\](?:\\s<\\w+>)?:\\s"),
            // Console.app's copied rows: type, time, process, tab-separated
            Pattern.compile("^(?:default|info|debug|error|fault)\\t[^\\t]*\\t(?:[^\\t]+)\\t"));
    private static final int DATED_PREFIXES = 5;
    private static final int SYSLOG = 5;
    private static final int CONSOLE_ROW = 6;

    /**
     * Lines Xcode's console shows without metadata, kept whole: Core Data's own ({@code CoreData: error: …},
     * {@code CoreData+CloudKit: …}), those with a level word first ({@code error: CoreData+CloudKit: …},
     * {@code fault: …}) and a CKError printed on its own ({@code <CKError 0x…: …>}). A level word or a bare
     * CKError starts a message only where a paste left it (indented by at most three spaces); deeper, it is part
     * of a description.
     */
    private static final String CORE_DATA = "CoreData: ";
    private static final String CORE_DATA_CLOUDKIT = "CoreData+CloudKit: ";
    private static final List<String> CONSOLE_PREFIXES = List.of("error: ", "fault: ", "warning: ", "debug: ",
            "info: ", "default: ", "notice: ", "<CKError ");

    /**
     * The date and time a line starts with, where the tool writes a date ({@code log show}, {@code NSLog}, Xcode with
     * metadata): year, month, day, hour, minute, second and fraction. A zone offset after it is not read: the
     * time is the clock time the log shows, which is what a reader compares it with.
     */
    private static final Pattern TIMESTAMP = Pattern.compile(
            "^(\\d{4})-(\\d{2})-(\\d{2})[ T](\\d{2}):(\\d{2}):(\\d{2})(?:[.:](\\d{1,9}))?");

    /**
     * What reading one log gave besides its messages.
     *
     * @param lines how many physical lines the log has
     * @param cuts how many messages reached {@link #MAX_MESSAGE} and were cut
     * @param firstCutLine the line where the first cut was made, 0 when none was
     */
    public record Result(long lines, long cuts, int firstCutLine) {}

    private LogReader() {}

    /** Every message of the text, in order. */
    public static List<LogEntry> read(String text) {
        List<LogEntry> entries = new ArrayList<>();
        try {
            read(new StringReader(text), entries::add);
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return entries;
    }

    /** Hands each message of the log to the consumer, in order. The reader is not closed. */
    public static Result read(Reader log, Consumer<LogEntry> entries) throws IOException {
        return new Assembly(entries).read(new LogLines(log));
    }

    /**
     * When the line says it was logged, as its clock time taken as UTC (so that it prints back as written), or null.
     * Read leniently, as the time the clock showed: a second written as 60
     * or more runs on into the next minute rather than losing the line's place in time; a date that does not exist
     * gives none.
     */
    static Instant timeOf(String line, Matcher timestamp) {
        return timeOf(line, 0, timestamp);
    }

    /** The same, for a line whose text starts at {@code from}: after a paste's quote marks, say. */
    static Instant timeOf(String line, int from, Matcher timestamp) {
        if (!timestamp.reset(line).region(from, line.length()).lookingAt()) {
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

    /** One log's messages being put together from its lines. */
    private static final class Assembly {

        private final Consumer<LogEntry> entries;
        private final Matcher[] toolPrefixes = TOOL_PREFIXES.stream().map(p -> p.matcher("")).toArray(Matcher[]::new);
        private final Matcher timestamp = TIMESTAMP.matcher("");
        /** A new one for each message: one that held a character beyond Latin-1 would stay twice as slow. */
        private StringBuilder text = new StringBuilder();
        private int start;
        /** When the message's first line says it was logged, or null. */
        private Instant time;
        private boolean open;
        private long cuts;
        private int firstCutLine;

        Assembly(Consumer<LogEntry> entries) {
            this.entries = entries;
        }

        Result read(LogLines lines) throws IOException {
            boolean continuesPiece = false;
            for (String line = lines.next(); line != null; line = lines.next()) {
                int number = (int) Math.min(lines.number(), Integer.MAX_VALUE);
                if (continuesPiece) {
                    // The rest of a line too long to hold: a new message, on the same line.
                    cut(number);
                    begin(number);
                    append(line, 0);
                } else {
                    accept(line, number);
                }
                continuesPiece = lines.lastWasPiece();
            }
            close();
            return new Result(lines.number(), cuts, firstCutLine);
        }

        private void accept(String line, int number) {
            if (line.isEmpty()) {
                // The commonest line of all in some logs: nothing to recognise, only the line to count.
                if (!open) {
                    begin(number);
                } else if (text.length() + 1 > MAX_MESSAGE) {
                    cut(number);
                    begin(number);
                } else {
                    text.append('\n');
                }
                return;
            }
            int from = PasteDecoration.contentStart(line);
            if (PasteDecoration.isFence(line, from)) {
                close();
                return;
            }
            int textStart = prefixEnd(line, from);
            if (textStart >= 0) {
                close();
                begin(number);
                time = timeOf(line, indentEnd(line, from), timestamp);
                append(line, textStart);
                return;
            }
            if (!open) {
                begin(number);
            } else if (text.length() + 1 + line.length() - from > MAX_MESSAGE) {
                cut(number);
                begin(number);
            } else {
                text.append('\n');
            }
            append(line, from);
        }

        private void begin(int number) {
            text = new StringBuilder();
            start = number;
            time = null;
            open = true;
        }

        private void append(String line, int from) {
            if (PasteDecoration.hasInlineMarkers(line)) {
                unescape(PasteDecoration.withoutInlineMarkers(line, from), 0, text);
            } else {
                unescape(line, from, text);
            }
        }

        private void cut(int number) {
            close();
            if (cuts++ == 0) {
                firstCutLine = number;
            }
        }

        private void close() {
            if (open) {
                entries.accept(new LogEntry(start, text.toString(), time));
                open = false;
            }
        }

        /**
         * Where the message starts when the line, from {@code from}, starts one: after a tool's prefix, or at the
         * text of a Core Data or console line; -1 when the line continues the message before it. A paste may
         * indent a whole log: a tool's or Core Data's prefix counts however deep it is indented, since a
         * description never holds one at a line start; a bare level word or CKError only up to three spaces deep.
         */
        private int prefixEnd(String line, int from) {
            int at = indentEnd(line, from);
            if (at >= line.length()) {
                return -1;
            }
            char first = line.charAt(at);
            // Most lines start with none: each pattern is tried only where its first characters can be.
            if (first >= '0' && first <= '9') {
                if (at + 4 < line.length() && line.charAt(at + 4) == '-') {
                    for (int i = 0; i < DATED_PREFIXES; i++) {
                        if (toolPrefixes[i].reset(line).region(at, line.length()).lookingAt()) {
                            return toolPrefixes[i].end();
                        }
                    }
                }
            } else if (first >= 'A' && first <= 'Z') {
                if (line.startsWith(CORE_DATA, at) || line.startsWith(CORE_DATA_CLOUDKIT, at)) {
                    return at;
                }
                if (at + 4 < line.length() && Character.isLowerCase(line.charAt(at + 2))
                        && Character.isWhitespace(line.charAt(at + 3))
                        && toolPrefixes[SYSLOG].reset(line).region(at, line.length()).lookingAt()) {
                    return toolPrefixes[SYSLOG].end();
                }
            } else if (first >= 'a' && first <= 'z') {
                if (line.indexOf('\t', at) >= 0
                        && toolPrefixes[CONSOLE_ROW].reset(line).region(at, line.length()).lookingAt()) {
                    return toolPrefixes[CONSOLE_ROW].end();
                }
            }
            if ((first == '<' || first >= 'a' && first <= 'w') && at - from <= PasteDecoration.MAX_INDENT
                    && line.lastIndexOf('\t', at - 1) < from) {
                for (String prefix : CONSOLE_PREFIXES) {
                    if (line.startsWith(prefix, at)) {
                        return at;
                    }
                }
            }
            return -1;
        }

        private static int indentEnd(String line, int from) {
            int i = from;
            while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            return i;
        }
    }

    /**
     * Appends the line from {@code from}, with the escapes of a description printed inside another one undone:
     * {@code \"} and {@code \'} (however many backslashes nesting added) become the quote, {@code \n} becomes
     * {@link LogEntry#ESCAPED_LINE_BREAK} and {@code \t} a tab.
     */
    static void unescape(String line, int from, StringBuilder out) {
        int length = line.length();
        int backslash = line.indexOf('\\', from);
        if (backslash < 0) {
            out.append(line, from, length);
            return;
        }
        out.append(line, from, backslash);
        for (int i = backslash; i < length; i++) {
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
