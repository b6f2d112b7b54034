package dev.cdlint.model.xml;

import dev.cdlint.source.SourceLocation;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves an element's position from where SAX reports it, just past the end of its start tag, to the {@code <} that
 * opens it: that is where an editor should put the cursor, and it is stable when attributes are added.
 *
 * <p>The last {@code <} before the reported position is the element's own, since attribute values cannot hold a
 * raw {@code <}. So only the positions of every {@code <} are kept, from one streaming pass over the file, rather
 * than the file's text: a few bytes per element instead of the whole document.
 */
final class TagPositions {

    private static final Pattern DECLARED_ENCODING = Pattern.compile("^<\\?xml[^>]*encoding=[\"']([^\"']+)[\"']");

    /** Line and column of every {@code <}, in file order, packed as {@code line << 32 | column}. */
    private long[] openings = new long[1024];
    private int count;

    private TagPositions() {}

    static TagPositions of(Path file) throws IOException {
        TagPositions positions = new TagPositions();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            in.mark(256);
            byte[] head = in.readNBytes(256);
            in.reset();
            try (Reader reader = new InputStreamReader(in, charsetOf(head))) {
                positions.scan(reader);
            }
        }
        return positions;
    }

    private void scan(Reader reader) throws IOException {
        char[] buffer = new char[64 * 1024];
        long line = 1;
        long column = 1;
        for (int read; (read = reader.read(buffer)) > 0; ) {
            for (int i = 0; i < read; i++) {
                char c = buffer[i];
                if (c == '<') {
                    if (count == openings.length) {
                        openings = Arrays.copyOf(openings, count * 2);
                    }
                    openings[count++] = line << 32 | column;
                }
                if (c == '\n') {
                    line++;
                    column = 1;
                } else if (c != '\uFEFF') {
                    column++;
                }
            }
        }
    }

    SourceLocation startOf(Path file, int line, int column) {
        long reported = (long) line << 32 | Math.max(column, 0);
        int index = Arrays.binarySearch(openings, 0, count, reported);
        int before = index >= 0 ? index : -index - 2;
        if (line < 1 || before < 0) {
            return new SourceLocation(file, Math.max(line, 0), Math.max(column, 0));
        }
        long opening = openings[before];
        return new SourceLocation(file, (int) (opening >>> 32), (int) opening);
    }

    /** The same choice the XML parser makes: a UTF-16 byte order mark, else the declaration, else UTF-8. */
    private static Charset charsetOf(byte[] head) {
        if (head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
            return StandardCharsets.UTF_16;
        }
        int bom = head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF
                ? 3 : 0;
        Matcher matcher = DECLARED_ENCODING.matcher(
                new String(head, bom, head.length - bom, StandardCharsets.ISO_8859_1));
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
