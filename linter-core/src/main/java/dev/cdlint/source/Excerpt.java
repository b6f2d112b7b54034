package dev.cdlint.source;

/**
 * A piece of an input as an error message quotes it: short and inert. An error about a file that is not what it
 * should be (a credentials file named as a schema) must not print the file into a CI log, a 16 MB value must not
 * become a 16 MB message, and a control character must not reach the terminal.
 */
public final class Excerpt {

    /** Longer than any keyword of the {@code .ckdb} grammar, so that a misspelt keyword is quoted whole. */
    public static final int TOKEN = 12;
    /** Longer than any rule id or option of {@code .cdlint.yml}. */
    public static final int VALUE = 48;

    private Excerpt() {}

    /**
     * {@code 'text'}, or its first code points and an ellipsis when it is longer than {@code max}, with control and
     * other invisible characters written as a backslash, {@code u} and four hex digits.
     */
    public static String quoted(String text, int max) {
        String kept = text.codePointCount(0, text.length()) <= max ? text
                : text.substring(0, text.offsetByCodePoints(0, max - max / 3)) + "…";
        StringBuilder quoted = new StringBuilder("'");
        kept.codePoints().forEach(c -> {
            if (isInvisible(c)) {
                quoted.append(String.format("\\u%04X", c));
            } else {
                quoted.appendCodePoint(c);
            }
        });
        return quoted.append('\'').toString();
    }

    private static boolean isInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isISOControl(codePoint) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED
                || type == Character.SURROGATE || type == Character.PRIVATE_USE;
    }
}
