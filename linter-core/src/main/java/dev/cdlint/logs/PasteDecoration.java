package dev.cdlint.logs;

/**
 * What pasting a log into an issue, a forum post or a chat adds around it, recognised so that a quoted, listed or
 * fenced copy of a log reads as the log itself: Markdown quote markers ({@code > }, {@code > > }), a list bullet
 * ({@code - }, {@code * }, {@code + }) or number ({@code 1. }, {@code 1) }) at the start of a line, inline code
 * ({@code `…`}) and bold ({@code **…**}) markers, and code fences. The log's own text never starts a line this way:
 * its lines start with a timestamp, a word, a bracket or white space.
 */
final class PasteDecoration {

    /** Markdown lets a quote marker, bullet or fence be indented by up to three spaces. */
    static final int MAX_INDENT = 3;

    private PasteDecoration() {}

    /**
     * Where the line's text starts once quote markers and one list marker are skipped: after each {@code >} its
     * one following space only, so the indentation of the quoted text is kept as it was.
     */
    static int contentStart(String line) {
        int i = 0;
        while (true) {
            int marker = skipSpaces(line, i, MAX_INDENT);
            if (marker < line.length() && line.charAt(marker) == '>') {
                i = marker + 1;
                if (i < line.length() && line.charAt(i) == ' ') {
                    i++;
                }
            } else {
                break;
            }
        }
        int marker = skipSpaces(line, i, MAX_INDENT);
        int afterMarker = listMarkerEnd(line, marker);
        return afterMarker < 0 ? i : afterMarker;
    }

    /**
     * Whether the line, from {@code from}, is a code fence: three or more backticks or tildes, then at most a
     * language word ({@code ```log}). A line that goes on after them ({@code ```Cannot create new type …```}) is
     * text in inline code, not a fence.
     */
    static boolean isFence(String line, int from) {
        int i = skipSpaces(line, from, MAX_INDENT);
        if (i + 3 > line.length()) {
            return false;
        }
        char c = line.charAt(i);
        if (c != '`' && c != '~' || line.charAt(i + 1) != c || line.charAt(i + 2) != c) {
            return false;
        }
        int info = i;
        while (info < line.length() && line.charAt(info) == c) {
            info++;
        }
        String language = line.substring(info).strip();
        return language.chars().noneMatch(d -> d == '`' || Character.isWhitespace(d));
    }

    /** Whether the line has inline code or bold markers to remove. */
    static boolean hasInlineMarkers(String line) {
        return line.indexOf('`') >= 0 || line.contains("**");
    }

    /** The line from {@code from}, without inline code backticks and bold markers. */
    static String withoutInlineMarkers(String line, int from) {
        StringBuilder out = new StringBuilder(line.length() - from);
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '`') {
                continue;
            }
            if (c == '*' && i + 1 < line.length() && line.charAt(i + 1) == '*') {
                i++;
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** After a bullet or a number and the white space that follows it, or -1 when there is no list marker. */
    private static int listMarkerEnd(String line, int i) {
        int end = i;
        if (end < line.length() && "-*+".indexOf(line.charAt(end)) >= 0) {
            end++;
        } else {
            while (end < line.length() && end - i < 9 && line.charAt(end) >= '0' && line.charAt(end) <= '9') {
                end++;
            }
            if (end == i || end >= line.length() || line.charAt(end) != '.' && line.charAt(end) != ')') {
                return -1;
            }
            end++;
        }
        if (end >= line.length() || line.charAt(end) != ' ' && line.charAt(end) != '\t') {
            return -1;
        }
        while (end < line.length() && (line.charAt(end) == ' ' || line.charAt(end) == '\t')) {
            end++;
        }
        return end;
    }

    private static int skipSpaces(String line, int from, int max) {
        int i = from;
        while (i < line.length() && i - from < max && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
