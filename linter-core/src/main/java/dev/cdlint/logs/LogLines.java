package dev.cdlint.logs;

import java.io.IOException;
import java.io.Reader;

/**
 * The physical lines of a log, as {@link java.io.BufferedReader#readLine()} splits them ({@code \n}, {@code \r\n}
 * or a lone {@code \r}), but never holding more than {@link #MAX_PIECE} characters of one line: a longer line is
 * handed on in pieces of that size, each with the line's number, so a log of one endless line (a gigabyte of NUL
 * bytes, say) is read in bounded memory and nothing in it goes unread.
 */
final class LogLines {

    /** The most characters of a line held at once: 1 MiB. */
    static final int MAX_PIECE = 1 << 20;

    private final Reader in;
    private final int maxPiece;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder piece = new StringBuilder();
    private int position;
    private int limit;
    private long number;
    private boolean midLine;
    private boolean lastWasPiece;
    private boolean skipLineFeed;

    LogLines(Reader in) {
        this(in, MAX_PIECE);
    }

    LogLines(Reader in, int maxPiece) {
        this.in = in;
        this.maxPiece = maxPiece;
    }

    /** The next line, or the next piece of a long one; null at the end. */
    String next() throws IOException {
        piece.setLength(0);
        if (!midLine) {
            number++;
        }
        while (true) {
            if (position == limit && !fill()) {
                if (!midLine && piece.length() == 0) {
                    number--;
                    return null;
                }
                midLine = false;
                lastWasPiece = false;
                return piece.toString();
            }
            int start = position;
            while (position < limit) {
                char c = buffer[position];
                if (skipLineFeed) {
                    skipLineFeed = false;
                    if (c == '\n') {
                        start = ++position;
                        continue;
                    }
                }
                if (c == '\n' || c == '\r') {
                    String line = piece.length() > 0 ? piece.append(buffer, start, position - start).toString()
                            : position == start ? "" : new String(buffer, start, position - start);
                    position++;
                    skipLineFeed = c == '\r';
                    midLine = false;
                    lastWasPiece = false;
                    return line;
                }
                position++;
                if (piece.length() + position - start == maxPiece) {
                    piece.append(buffer, start, position - start);
                    midLine = true;
                    lastWasPiece = true;
                    return piece.toString();
                }
            }
            piece.append(buffer, start, position - start);
        }
    }

    /** The 1-based number of the line {@link #next} returned last (a long: a log of empty lines can hold billions). */
    long number() {
        return number;
    }

    /** Whether what {@link #next} returned last was cut from a line longer than {@link #MAX_PIECE}. */
    boolean lastWasPiece() {
        return lastWasPiece;
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer, 0, buffer.length);
        if (read <= 0) {
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }
}
