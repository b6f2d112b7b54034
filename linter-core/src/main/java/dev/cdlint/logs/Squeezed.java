package dev.cdlint.logs;

/**
 * A message with all white space removed and typographic quotes made plain, with the way back to the message's
 * offsets. The diagnoser matches error texts here, so a line wrapped anywhere (between words, inside a word,
 * inside a quoted name) still matches, and names between quotes come out whole.
 */
final class Squeezed {

    /** Which ASCII characters are white space ({@link Character#isWhitespace}), looked up rather than tested. */
    private static final boolean[] ASCII_SPACE = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_SPACE[c] = Character.isWhitespace(c);
        }
    }

    private final String text;
    private final int[] originalOffsets;
    private final int originalLength;

    private Squeezed(String text, int[] originalOffsets, int originalLength) {
        this.text = text;
        this.originalOffsets = originalOffsets;
        this.originalLength = originalLength;
    }

    static Squeezed of(String message) {
        int length = message.length();
        char[] text = new char[length];
        int[] offsets = new int[length];
        int kept = 0;
        for (int i = 0; i < length; i++) {
            char c = message.charAt(i);
            if (c < 0x80) {
                if (!ASCII_SPACE[c]) {
                    offsets[kept] = i;
                    text[kept++] = c;
                }
            } else if (!Character.isWhitespace(c) && c != LogEntry.ESCAPED_LINE_BREAK) {
                offsets[kept] = i;
                text[kept++] = switch (c) {
                    case '\u201C', '\u201D' -> '"';
                    case '\u2018', '\u2019' -> '\'';
                    default -> c;
                };
            }
        }
        return new Squeezed(new String(text, 0, kept), offsets, length);
    }

    String text() {
        return text;
    }

    /** The message offset of a squeezed offset; the message's length for the squeezed text's end. */
    int original(int squeezedOffset) {
        return squeezedOffset < text.length() ? originalOffsets[squeezedOffset] : originalLength;
    }
}
