package dev.cdlint.logs;

/**
 * A message with all white space removed and typographic quotes made plain, with the way back to the message's
 * offsets. The diagnoser matches error texts here, so a line wrapped anywhere (between words, inside a word,
 * inside a quoted name) still matches, and names between quotes come out whole.
 */
final class Squeezed {

    private final String text;
    private final int[] originalOffsets;
    private final int originalLength;

    private Squeezed(String text, int[] originalOffsets, int originalLength) {
        this.text = text;
        this.originalOffsets = originalOffsets;
        this.originalLength = originalLength;
    }

    static Squeezed of(String message) {
        StringBuilder text = new StringBuilder(message.length());
        int[] offsets = new int[message.length()];
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (Character.isWhitespace(c) || c == LogEntry.ESCAPED_LINE_BREAK) {
                continue;
            }
            offsets[text.length()] = i;
            text.append(switch (c) {
                case '\u201C', '\u201D' -> '"';
                case '\u2018', '\u2019' -> '\'';
                default -> c;
            });
        }
        return new Squeezed(text.toString(), offsets, message.length());
    }

    String text() {
        return text;
    }

    /** The message offset of a squeezed offset; the message's length for the squeezed text's end. */
    int original(int squeezedOffset) {
        return squeezedOffset < text.length() ? originalOffsets[squeezedOffset] : originalLength;
    }
}
