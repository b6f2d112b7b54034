package dev.cdlint.model.xml;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Stops a model file whose single tag (an element with all its attribute values) is larger than any model needs,
 * before the XML parser builds it in memory: a 600 MB attribute value otherwise ends in an OutOfMemoryError.
 *
 * <p>No tag holds a raw {@code <} (attribute values may not), so the bytes since the last {@code <} bound the
 * size of the tag being read. Counting them needs no decoding and no state beyond two numbers.
 */
final class TagSizeLimit extends FilterInputStream {

    /** Far above any real tag (long predicates and User Info values are a few kilobytes), far below the heap. */
    static final int MAX_TAG_BYTES = 4 * 1024 * 1024;

    /** Thrown through the parser, which wraps it; the reader finds it among the causes. */
    static final class Exceeded extends IOException {
        final long line;

        Exceeded(long line) {
            super("a single tag of the model is larger than " + MAX_TAG_BYTES / (1024 * 1024) + " MB");
            this.line = line;
        }
    }

    private long sinceOpening;
    private long line = 1;
    private long openingLine = 1;

    TagSizeLimit(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        for (int i = 0; i < read; i++) {
            count(buffer[offset + i]);
        }
        return read;
    }

    private void count(byte b) throws Exceeded {
        if (b == '<') {
            sinceOpening = 0;
            openingLine = line;
        } else if (++sinceOpening > MAX_TAG_BYTES) {
            throw new Exceeded(openingLine);
        }
        if (b == '\n') {
            line++;
        }
    }
}
