package dev.cdlint.swift;

import dev.cdlint.source.SourceLocation;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Turns offsets in a file's text into {@code file:line:column}, column counted in characters (code points) from 1
 * as editors show it. Line starts are found once; a column is only counted for the few offsets a finding names.
 */
final class SourceLines {

    private final Path shownAs;
    private final String text;
    private final int[] starts;

    SourceLines(Path shownAs, String text) {
        this.shownAs = shownAs;
        this.text = text;
        int[] found = new int[64];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i + 1;
            }
        }
        this.starts = Arrays.copyOf(found, count);
    }

    Path file() {
        return shownAs;
    }

    int line(int offset) {
        int index = Arrays.binarySearch(starts, offset);
        return (index >= 0 ? index : -index - 2) + 1;
    }

    int column(int offset) {
        int start = starts[line(offset) - 1];
        return text.codePointCount(start, Math.min(offset, text.length())) + 1;
    }

    SourceLocation location(int offset) {
        return new SourceLocation(shownAs, line(offset), column(offset));
    }
}
