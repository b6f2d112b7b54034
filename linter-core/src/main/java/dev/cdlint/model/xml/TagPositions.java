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
 *
 * <p>The pass counts lines and columns as the XML parser does, or the two would disagree: it decodes the bytes as
 * the parser would (XML 1.0 appendix F: byte order mark, else the first four bytes, then the declared encoding),
 * takes LF, CR and CR LF as one line break each (and in an XML 1.1 document NEL, CR NEL and LINE SEPARATOR too),
 * counts every other UTF-16 unit as a column, and skips only a byte order mark at the very start.
 *
 * <p>The same pass refuses a tag larger than any model needs, before the XML parser builds it in memory: a 600 MB
 * attribute value otherwise ends in an OutOfMemoryError. No tag holds a raw {@code <}, so the characters since the
 * last one bound the size of the tag being read.
 */
final class TagPositions {

    /** Far above any real tag (long predicates and User Info values are a few kilobytes), far below the heap. */
    static final int MAX_TAG_CHARS = 4 * 1024 * 1024;

    /** A tag larger than {@link #MAX_TAG_CHARS}, which opens on {@link #line}. */
    static final class TagTooLarge extends IOException {
        final long line;

        TagTooLarge(long line) {
            super("a single tag of the model is larger than " + MAX_TAG_CHARS / (1024 * 1024) + " MB");
            this.line = line;
        }
    }

    private static final Pattern DECLARATION = Pattern.compile("^<\\?xml\\s[^>]*\\?>");
    private static final Pattern VERSION = Pattern.compile("version\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final char NEL = '\u0085';
    private static final char LINE_SEPARATOR = '\u2028';
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** Line and column of every {@code <}, in file order, packed as {@code line << 32 | column}. */
    private long[] openings = new long[1024];
    private int count;

    private TagPositions() {}

    static TagPositions of(Path file) throws IOException {
        TagPositions positions = new TagPositions();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            in.mark(512);
            byte[] head = in.readNBytes(512);
            in.reset();
            Encoding encoding = Encoding.of(head);
            try (Reader reader = new InputStreamReader(in, encoding.charset())) {
                positions.scan(reader, encoding.xml11());
            }
        }
        return positions;
    }

    private void scan(Reader reader, boolean xml11) throws IOException {
        char[] buffer = new char[64 * 1024];
        long line = 1;
        long column = 1;
        long sinceOpening = 0;
        boolean first = true;
        boolean afterCarriageReturn = false;
        for (int read; (read = reader.read(buffer)) > 0; ) {
            for (int i = 0; i < read; i++) {
                char c = buffer[i];
                boolean skipped = first && c == BYTE_ORDER_MARK;
                first = false;
                if (afterCarriageReturn && (c == '\n' || (xml11 && c == NEL))) {
                    afterCarriageReturn = false;
                    continue;
                }
                afterCarriageReturn = c == '\r';
                if (c == '<') {
                    if (count == openings.length) {
                        openings = Arrays.copyOf(openings, count * 2);
                    }
                    openings[count++] = line << 32 | column;
                    sinceOpening = 0;
                } else if (++sinceOpening > MAX_TAG_CHARS) {
                    throw new TagTooLarge(count == 0 ? 1 : openings[count - 1] >>> 32);
                }
                if (c == '\n' || c == '\r' || (xml11 && (c == NEL || c == LINE_SEPARATOR))) {
                    line++;
                    column = 1;
                } else if (!skipped) {
                    column++;
                }
            }
        }
    }

    SourceLocation startOf(Path file, int line, int column) {
        long reported = (long) line << 32 | Math.max(column, 0);
        int index = Arrays.binarySearch(openings, 0, count, reported);
        int before = index >= 0 ? index - 1 : -index - 2;
        if (line < 1 || before < 0) {
            return new SourceLocation(file, Math.max(line, 0), Math.max(column, 0));
        }
        long opening = openings[before];
        return new SourceLocation(file, (int) (opening >>> 32), (int) opening);
    }

    /** How the parser will read the file: the charset, and whether it is an XML 1.1 document. */
    private record Encoding(Charset charset, boolean xml11) {

        static Encoding of(byte[] head) {
            Charset detected = detected(head);
            String declaration = declaration(head, detected);
            boolean xml11 = declared(VERSION, declaration).filter("1.1"::equals).isPresent();
            if (!detected.equals(StandardCharsets.UTF_8)) {
                // A 16- or 32-bit encoding is known from the bytes; the declaration can only agree with it.
                return new Encoding(detected, xml11);
            }
            Charset charset = declared(ENCODING, declaration).map(Encoding::charsetNamed).orElse(detected);
            return new Encoding(charset, xml11);
        }

        /** XML 1.0 appendix F: the byte order mark, else the first characters of {@code <?xml}, else UTF-8. */
        private static Charset detected(byte[] head) {
            int b0 = head.length > 0 ? head[0] & 0xFF : -1;
            int b1 = head.length > 1 ? head[1] & 0xFF : -1;
            int b2 = head.length > 2 ? head[2] & 0xFF : -1;
            int b3 = head.length > 3 ? head[3] & 0xFF : -1;
            if (b0 == 0xFE && b1 == 0xFF) {
                return StandardCharsets.UTF_16;
            }
            if (b0 == 0xFF && b1 == 0xFE && !(b2 == 0 && b3 == 0)) {
                return StandardCharsets.UTF_16;
            }
            if (b0 == 0 && b1 == 0 && b2 == 0 && b3 == '<') {
                return Charset.forName("UTF-32BE");
            }
            if (b0 == '<' && b1 == 0 && b2 == 0 && b3 == 0) {
                return Charset.forName("UTF-32LE");
            }
            if (b0 == 0 && b1 == '<' && b2 == 0 && b3 == '?') {
                return StandardCharsets.UTF_16BE;
            }
            if (b0 == '<' && b1 == 0 && b2 == '?' && b3 == 0) {
                return StandardCharsets.UTF_16LE;
            }
            return StandardCharsets.UTF_8;
        }

        private static String declaration(byte[] head, Charset detected) {
            String text = new String(head, detected.equals(StandardCharsets.UTF_8) ? StandardCharsets.ISO_8859_1
                    : detected);
            if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
                text = text.substring(1);
            } else if (text.startsWith("\u00EF\u00BB\u00BF")) {
                text = text.substring(3);
            }
            Matcher matcher = DECLARATION.matcher(text);
            return matcher.find() ? matcher.group() : "";
        }

        private static java.util.Optional<String> declared(Pattern attribute, String declaration) {
            Matcher matcher = attribute.matcher(declaration);
            return matcher.find() ? java.util.Optional.of(matcher.group(1)) : java.util.Optional.empty();
        }

        private static Charset charsetNamed(String name) {
            try {
                return Charset.forName(name);
            } catch (IllegalArgumentException unsupported) {
                return StandardCharsets.UTF_8;
            }
        }
    }
}
