package dev.cdlint.report;

/**
 * Escapes control characters in untrusted text (element and file names, .ckdb tokens, log lines) before a person's
 * terminal or a CI log shows it. An ESC in a model name could otherwise recolour or rewrite the screen, clear it, or
 * set the window title; a BEL rings; a carriage return overwrites the line it is on; a bidirectional override
 * reorders what is read. Every human-facing format and message goes through here, so the rule lives in one place.
 *
 * <p>C0 controls, DEL and C1 controls become {@code \xHH}, and the Unicode bidirectional controls {@code \\uHHHH}:
 * visible, unambiguous about what the input held, and inert. Machine formats (JSON, SARIF, XML) keep the text as it
 * is, since their own escaping already makes it inert and their readers want the real value.
 */
public final class ControlCharacters {

    private ControlCharacters() {}

    /** The text with every control character escaped, line breaks and tabs included: for one line of output. */
    public static String escape(String text) {
        return escape(text, false);
    }

    /**
     * The text with every control character escaped except line feeds and tabs, for output that lays out
     * multi-line messages itself (the text report indents continuation lines).
     */
    public static String escapeKeepingLines(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean keepLines) {
        if (text == null) {
            return null;
        }
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = isControl(c) && !(keepLines && (c == '\n' || c == '\t'));
            if (control && escaped == null) {
                escaped = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (escaped != null) {
                if (control) {
                    escaped.append(c <= 0xFF ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c));
                } else {
                    escaped.append(c);
                }
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }
}
