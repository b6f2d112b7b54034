package dev.cdlint.report;

/**
 * Escapes control characters in untrusted text (element and file names, .ckdb tokens, log lines) before a person's
 * terminal or a CI log shows it. An ESC in a model name could otherwise recolour or rewrite the screen, clear it, or
 * set the window title; a BEL rings; a carriage return overwrites the line it is on; a bidirectional override
 * reorders what is read. Every human-facing format and message goes through here, so the rule lives in one place.
 *
 * <p>C0 controls, DEL and C1 controls become {@code \xHH}, and the Unicode bidirectional controls and line and
 * paragraph separators (U+2028, U+2029) {@code \\uHHHH}: visible, unambiguous about what the input held, and inert.
 * A line break in a name must not start a line of its own, where it could pass for a finding, or for a GitHub
 * workflow command when the log is a GitHub Actions step's: the runner obeys a line that starts, after white space,
 * with {@code ::}, and, in the older syntax, any line holding {@code ##[} (actions/runner, ActionCommand.cs). So
 * {@link #escape} also writes a leading {@code ::} and any {@code ##[} with an escaped character. Machine formats
 * (JSON, SARIF, XML) keep the text as it is, since their own escaping already makes it inert and their readers want
 * the real value.
 */
public final class ControlCharacters {

    private static final String COMMAND = "::";
    private static final String LEGACY_COMMAND = "##[";

    private ControlCharacters() {}

    /**
     * The text with every control character escaped, line breaks and tabs included, and no workflow command in it:
     * for one line of output, or a part of one.
     */
    public static String escape(String text) {
        return withoutWorkflowCommands(escape(text, false));
    }

    /**
     * The text with every control character escaped except line feeds and tabs, and no {@code ##[}, for a format
     * that encodes line breaks itself (GitHub's {@code %0A}).
     */
    public static String escapeKeepingLines(String text) {
        return withoutLegacyCommands(escape(text, true));
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
                || c == '\u200E' || c == '\u200F' || c == '\u061C' || c == '\u2028' || c == '\u2029';
    }

    /**
     * Every {@code ##[} with its bracket escaped, and a leading {@code ::} (after white space, which the runner trims,
     * no-break spaces included) with its first colon escaped: wherever the text is printed, no line reads as a
     * workflow command.
     */
    private static String withoutWorkflowCommands(String text) {
        String escaped = withoutLegacyCommands(text);
        if (escaped == null) {
            return null;
        }
        int start = 0;
        while (start < escaped.length()
                && (Character.isWhitespace(escaped.charAt(start)) || Character.isSpaceChar(escaped.charAt(start)))) {
            start++;
        }
        return escaped.startsWith(COMMAND, start)
                ? escaped.substring(0, start) + "\\x3A" + escaped.substring(start + 1) : escaped;
    }

    private static String withoutLegacyCommands(String text) {
        return text == null || !text.contains(LEGACY_COMMAND) ? text : text.replace(LEGACY_COMMAND, "##\\x5B");
    }
}
