package dev.cdlint.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each tool's prefix is recognised and removed; lines without one continue the message before them; what pasting
 * adds is taken off; a message is never longer than the reader holds.
 */
class LogReaderTest {

    @Test
    void logShowDefaultStyleDropsTheProcessSenderAndCategory() {
        List<LogEntry> entries = LogReader.read("""
                Filtering the log data using "process == "Journal""
                Timestamp                       Thread     Type        Activity             PID    TTL \s
                2026-11-20 09:14:03.512344+0100 0x3c1f2    Error       0x0                  4312   0    Journal: (CoreData) [com.apple.coredata:cloudkit] CoreData: error: first
                \tcontinued
                2026-11-20 09:14:04.000001+0100 0x3c1f3    Default     0x0                  99     0    cloudd: (CloudKit) second
                """);

        assertThat(entries).extracting(LogEntry::line, LogEntry::text).containsExactly(
                tuple(1, "Filtering the log data using \"process == \"Journal\"\"\n"
                        + "Timestamp                       Thread     Type        Activity             PID    TTL  "),
                tuple(3, "CoreData: error: first\n\tcontinued"),
                tuple(5, "second"));
    }

    @Test
    void everyOtherToolsPrefixStartsAMessage() {
        List<LogEntry> entries = LogReader.read("""
                2026-11-20 09:14:03.512 E  Journal[4312:3c1f2] [com.apple.coredata:cloudkit] compact
                2026-11-20 09:14:03.512344+0100  localhost Journal[4312]: (CoreData) syslog style
                2026-11-20 09:14:03.512344+0100 Journal[4312:3c1f2] nslog
                2017-11-04 18:10:14:926 CloudKitTodo[72310:531306] nslog with a colon before the milliseconds
                Nov 20 09:14:03 iPhone Journal(CoreData)[4312] <Error>: sysdiagnose syslog
                error\t09:14:03.512344+0100\tJournal\tconsole copy
                2017-08-13 20:52:18.102971+0200  a timestamp alone
                CoreData: error: Xcode console without metadata
                """);

        assertThat(entries).extracting(LogEntry::text).containsExactly("compact", "syslog style", "nslog",
                "nslog with a colon before the milliseconds", "sysdiagnose syslog", "console copy",
                "a timestamp alone", "CoreData: error: Xcode console without metadata");
    }

    @Test
    void escapedQuotesAndLineBreaksOfNestedDescriptionsAreUndone() {
        StringBuilder out = new StringBuilder();

        LogReader.unescape("{\\n\\t\\\"Invalid Arguments\\\\\\\" C:\\\\path}", 0, out);

        assertThat(out.toString()).isEqualTo("{" + LogEntry.ESCAPED_LINE_BREAK + "\t\"Invalid Arguments\" C:\\\\path}");
    }

    @Test
    void xcodeConsoleLinesWithoutTheCoreDataLeadAndBareCkErrorsStartMessages() {
        List<LogEntry> entries = LogReader.read("""
                error: CoreData+CloudKit: first
                \tcontinued
                CoreData+CloudKit: second
                fault: third
                <CKError 0x1: "Zone Busy" (23/2049)>
                    <CKError 0x2: "Zone Busy" (23/2049)> deeper: part of the description
                \t<CKError 0x3: "Zone Busy" (23/2049)> after a tab: part of it too
                """);

        assertThat(entries).extracting(LogEntry::line, LogEntry::text).containsExactly(
                tuple(1, "error: CoreData+CloudKit: first\n\tcontinued"),
                tuple(3, "CoreData+CloudKit: second"),
                tuple(4, "fault: third"),
                tuple(5, "<CKError 0x1: \"Zone Busy\" (23/2049)>\n    <CKError 0x2: \"Zone Busy\" (23/2049)> deeper: part"
                        + " of the description\n\t<CKError 0x3: \"Zone Busy\" (23/2049)> after a tab: part of it too"));
    }

    @Test
    void anIndentedPasteStillStartsAMessageAtEachPrefix() {
        List<LogEntry> entries = LogReader.read(" 2026-11-20 09:14:03.512 Journal[4312:3c1f2] one\n"
                + "   continued\n 2026-11-20 09:14:04.512 Journal[4312:3c1f2] two\n    CoreData: error: three\n");

        assertThat(entries).extracting(LogEntry::line, LogEntry::text).containsExactly(
                tuple(1, "one\n   continued"), tuple(3, "two"), tuple(4, "CoreData: error: three"));
    }

    @Test
    void quoteMarkersBulletsNumbersInlineCodeAndBoldAreTakenOff() {
        List<LogEntry> entries = LogReader.read("""
                > > CoreData: error: nested **quote**
                > \tkept indentation
                >
                - `bullet` text
                12) numbered
                -[NSCloudKitMirroringDelegate method]: an Objective-C method, not a bullet
                """);

        assertThat(entries).extracting(LogEntry::line, LogEntry::text).containsExactly(
                tuple(1, "CoreData: error: nested quote\n\tkept indentation\n\nbullet text\nnumbered\n"
                        + "-[NSCloudKitMirroringDelegate method]: an Objective-C method, not a bullet"));
    }

    @Test
    void aFenceEndsAMessageButCodeOnOneLineIsText() {
        List<LogEntry> entries = LogReader.read("""
                The log:
                ```log
                Cannot create new type CD_Tag in production schema
                ```
                ```Cannot create new type CD_Tag in production schema```
                """);

        assertThat(entries).extracting(LogEntry::line, LogEntry::text).containsExactly(
                tuple(1, "The log:"),
                tuple(3, "Cannot create new type CD_Tag in production schema"),
                tuple(5, "Cannot create new type CD_Tag in production schema"));
    }

    @Test
    void aMessageThatReachesTheLimitIsCutAndTheRestReadAsNewMessages() throws IOException {
        // Two of these and the line break between them fill a message.
        String line = "x".repeat(LogReader.MAX_MESSAGE / 2 - 1);
        List<LogEntry> entries = new ArrayList<>();

        LogReader.Result result = LogReader.read(new StringReader("start\n" + (line + "\n").repeat(3)
                + "y".repeat(LogReader.MAX_MESSAGE + 10) + "\nCoreData: end\n"), entries::add);

        assertThat(entries).extracting(LogEntry::line, e -> e.text().length()).containsExactly(
                tuple(1, "start".length() + 1 + line.length()), tuple(3, LogReader.MAX_MESSAGE - 1),
                tuple(5, LogReader.MAX_MESSAGE), tuple(5, 10), tuple(6, "CoreData: end".length()));
        assertThat(result).isEqualTo(new LogReader.Result(6, 3, 3));
    }

    /** A message is dated by the timestamp its first line starts with, as the clock shows it; others are undated. */
    @Test
    void messagesAreDatedByTheClockTimeTheirFirstLineShows() {
        List<LogEntry> entries = LogReader.read("""
                2026-11-20 09:14:03.512344+0100 0x3c1f2    Error       0x0                  4312   0    Journal: first
                \tcontinued
                2017-11-04 18:10:14:926 CloudKitTodo[72310:531306] nslog with a colon before the milliseconds
                2026-11-20 09:14:61.300 E  Journal[4312:3c1f2] [com.apple.coredata:cloudkit] a second written as 61
                2026-02-30 09:14:00.000 E  Journal[4312:3c1f2] [com.apple.coredata:cloudkit] a day that does not exist
                Nov 20 09:14:03 iPhone Journal(CoreData)[4312] <Error>: syslog gives no year
                CoreData: error: Xcode console without metadata
                """);

        assertThat(entries).extracting(e -> String.valueOf(e.time())).containsExactly(
                "2026-11-20T09:14:03.512344Z", "2017-11-04T18:10:14.926Z", "2026-11-20T09:15:01.300Z", "null", "null",
                "null");
    }

    @Test
    void aSyslogRowOfAnyMonthAndADateOfAnyYearStartAMessage() {
        List<LogEntry> entries = LogReader.read("""
                Apr 20 09:14:03 iPhone Journal(CoreData)[4312] <Error>: april
                0999-11-20 09:14:03.512 Journal[4312:3c1f2] early
                2026
                9999-11-20 09:14:03.512 Journal[4312:3c1f2] late
                """);

        assertThat(entries).extracting(LogEntry::line, LogEntry::text).containsExactly(
                tuple(1, "april"), tuple(2, "early\n2026"), tuple(4, "late"));
    }

    @Test
    void aLevelWordStartsAMessageAfterAQuoteMarkerOrUpToThreeSpacesDeep() {
        List<LogEntry> entries = LogReader.read("""
                CoreData: first
                warning: second
                > error: third
                   error: fourth
                    error: part of the fourth
                """);

        assertThat(entries).extracting(LogEntry::line, LogEntry::text).containsExactly(tuple(1, "CoreData: first"),
                tuple(2, "warning: second"), tuple(3, "error: third"),
                tuple(4, "error: fourth\n    error: part of the fourth"));
    }

    @Test
    void listMarkersNeedTheirSpaceAndNumbersUpToNineDigits() {
        List<LogEntry> entries = LogReader.read("""
                CoreData: start
                10. ten
                9) nine
                1234567890. not a list number
                12
                3.
                -
                > -[NSCloudKitMirroringDelegate method]
                -\s
                `code` and a star*
                \s\s
                    > four spaces deep is no quote
                """);

        assertThat(entries).extracting(LogEntry::text).containsExactly("CoreData: start\nten\nnine\n"
                + "1234567890. not a list number\n12\n3.\n-\n-[NSCloudKitMirroringDelegate method]\n\n"
                + "code and a star*\n  \n    > four spaces deep is no quote");
    }
}
