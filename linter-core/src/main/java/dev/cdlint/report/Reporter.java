package dev.cdlint.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a report in one format. XML formats declare UTF-8, so the writer must encode UTF-8. */
public interface Reporter {

    /** Writes the whole report and flushes; does not close the writer, which belongs to the caller. */
    void write(Report report, Writer out) throws IOException;
}
