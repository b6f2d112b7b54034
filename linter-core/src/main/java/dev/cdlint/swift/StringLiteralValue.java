package dev.cdlint.swift;

/** What a string literal without interpolation holds, as Swift reads it: escapes resolved, indentation removed. */
final class StringLiteralValue {

    private StringLiteralValue() {}

    /** The value of a literal without interpolation, escapes resolved. */
    static String of(String body, int pounds, boolean multiLine) {
        String content = multiLine ? multiLineContent(body) : body;
        String escape = "\\" + "#".repeat(pounds);
        if (!content.contains(escape)) {
            return content;
        }
        StringBuilder value = new StringBuilder(content.length());
        int at = 0;
        while (at < content.length()) {
            if (!content.startsWith(escape, at) || at + escape.length() >= content.length()) {
                value.append(content.charAt(at++));
                continue;
            }
            char c = content.charAt(at + escape.length());
            at += escape.length() + 1;
            switch (c) {
                case 'n' -> value.append('\n');
                case 't' -> value.append('\t');
                case 'r' -> value.append('\r');
                case '0' -> value.append('\0');
                case 'u' -> {
                    int close = content.indexOf('}', at);
                    if (at < content.length() && content.charAt(at) == '{' && close > at) {
                        try {
                            value.appendCodePoint(Integer.parseInt(content.substring(at + 1, close), 16));
                        } catch (IllegalArgumentException notACodePoint) {
                            value.append('\uFFFD');
                        }
                        at = close + 1;
                    } else {
                        value.append('u');
                    }
                }
                case '\n' -> { } // a multi-line literal's escaped line break joins the lines
                default -> value.append(c);
            }
        }
        return value.toString();
    }

    /** The lines between the delimiters, less the indentation of the closing delimiter's line, as Swift reads them. */
    private static String multiLineContent(String body) {
        int firstBreak = body.indexOf('\n');
        int lastBreak = body.lastIndexOf('\n');
        if (firstBreak < 0 || lastBreak <= firstBreak) {
            return "";
        }
        String indentation = body.substring(lastBreak + 1);
        StringBuilder content = new StringBuilder();
        for (String line : body.substring(firstBreak + 1, lastBreak).split("\n", -1)) {
            if (content.length() > 0) {
                content.append('\n');
            }
            content.append(line.startsWith(indentation) ? line.substring(indentation.length()) : line.strip());
        }
        return content.toString();
    }
}
