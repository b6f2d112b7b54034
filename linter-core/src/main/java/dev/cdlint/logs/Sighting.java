package dev.cdlint.logs;

/**
 * One sign of a problem in a message.
 *
 * @param offset where in the message's text it is; the diagnosis points at that offset's line
 * @param detail what happened, with the names the log gives
 * @param fallback whether it only stands when nothing after it in the message says more (a setup failure is
 *     reported as such only when the log does not give its cause)
 */
record Sighting(Problem problem, int offset, String detail, boolean fallback) {

    Sighting(Problem problem, int offset, String detail) {
        this(problem, offset, detail, false);
    }
}
