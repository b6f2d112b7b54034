package dev.cdlint.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Lines as BufferedReader splits them, but a line longer than the limit comes in pieces on its own number. */
class LogLinesTest {

    @Test
    void everyLineEndIsOneBreakAndTheLastLineNeedsNone() throws IOException {
        assertThat(lines("a\nb\r\nc\rd", 100)).containsExactly(
                tuple(1L, "a", false), tuple(2L, "b", false), tuple(3L, "c", false), tuple(4L, "d", false));
        assertThat(lines("a\n\n\r\n", 100)).containsExactly(
                tuple(1L, "a", false), tuple(2L, "", false), tuple(3L, "", false));
        assertThat(lines("", 100)).isEmpty();
    }

    @Test
    void aLineLongerThanTheLimitComesInPiecesThatKeepItsNumber() throws IOException {
        assertThat(lines("abcdefg\nhi\n", 3)).containsExactly(
                tuple(1L, "abc", true), tuple(1L, "def", true), tuple(1L, "g", false), tuple(2L, "hi", false));
    }

    @Test
    void aCarriageReturnAndLineFeedSplitAcrossBuffersIsOneBreak() throws IOException {
        String text = "x".repeat((1 << 16) - 1) + "\r\nnext";

        assertThat(lines(text, 1 << 20)).extracting(t -> t.toList().get(0)).containsExactly(1L, 2L);
    }

    private static List<Tuple> lines(String text, int limit) throws IOException {
        LogLines lines = new LogLines(new StringReader(text), limit);
        List<Tuple> out = new ArrayList<>();
        for (String line = lines.next(); line != null; line = lines.next()) {
            out.add(tuple(lines.number(), line, lines.lastWasPiece()));
        }
        return out;
    }
}
