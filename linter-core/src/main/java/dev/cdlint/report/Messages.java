package dev.cdlint.report;

import java.util.regex.Pattern;

/** Message text for formats whose consumers read one finding per line or attribute. */
public final class Messages {

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private Messages() {}

    /**
     * The message with each line break replaced by a space: a line-oriented consumer (Xcode, an XML attribute,
     * which parsers normalise anyway) would otherwise lose or misread the rest.
     */
    public static String oneLine(String message) {
        return LINE_BREAK.matcher(message).replaceAll(" ");
    }
}
