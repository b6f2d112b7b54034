package dev.cdlint.model.xml;

import dev.cdlint.source.SourceLocation;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves an element's position from where SAX reports it, just past the end of its start tag, to the {@code <} that
 * opens it: that is where an editor should put the cursor, and it is stable when attributes are added.
 */
final class TagPositions {

    private static final Pattern DECLARED_ENCODING = Pattern.compile("^<\\?xml[^>]*encoding=[\"']([^\"']+)[\"']");

    private final String text;
    private final int[] lineStarts;

    TagPositions(byte[] document) {
        this.text = new String(document, charsetOf(document));
        this.lineStarts = lineStarts(text);
    }

    SourceLocation startOf(Path file, String tag, int line, int column) {
        if (line < 1 || line > lineStarts.length) {
            return new SourceLocation(file, Math.max(line, 0), Math.max(column, 0));
        }
        int reported = Math.min(lineStarts[line - 1] + Math.max(column - 1, 0), text.length());
        int start = text.lastIndexOf("<" + tag, reported);
        if (start < 0) {
            return new SourceLocation(file, line, column);
        }
        int startLine = lineOf(start);
        return new SourceLocation(file, startLine + 1, start - lineStarts[startLine] + 1);
    }

    private int lineOf(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        return index >= 0 ? index : -index - 2;
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** The same choice the XML parser makes: a UTF-16 byte order mark, else the declaration, else UTF-8. */
    private static Charset charsetOf(byte[] document) {
        if (document.length >= 2 && ((document[0] == (byte) 0xFE && document[1] == (byte) 0xFF)
                || (document[0] == (byte) 0xFF && document[1] == (byte) 0xFE))) {
            return StandardCharsets.UTF_16;
        }
        int bom = document.length >= 3 && document[0] == (byte) 0xEF && document[1] == (byte) 0xBB
                && document[2] == (byte) 0xBF ? 3 : 0;
        String head = new String(document, bom, Math.min(document.length - bom, 200), StandardCharsets.ISO_8859_1);
        Matcher matcher = DECLARED_ENCODING.matcher(head);
        if (matcher.find()) {
            try {
                return Charset.forName(matcher.group(1));
            } catch (IllegalArgumentException unsupported) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }
}
