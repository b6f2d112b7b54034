package dev.cdlint.rules;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.finding.Finding;
import dev.cdlint.finding.Severity;
import dev.cdlint.source.InputException;

/**
 * Reported by the linter, not from a model: there is no model to check when reading fails. One unreadable model
 * is a finding like any other, so the other models are still linted and every report is still written.
 */
@RuleInfo(
        id = ModelUnreadable.ID,
        severity = Severity.ERROR,
        summary = "A model could not be read, so none of its rules ran",
        rationale = "A model that cdlint cannot read (malformed XML, the legacy binary format of Xcode 3, a file"
                + " that is not a model, a folder or file the process may not read) has not been checked: passing"
                + " it in silence would let every problem in it through. momc cannot compile what cdlint cannot"
                + " read either.",
        source = "cdlint's model reader: the contents XML Xcode writes into each .xcdatamodel folder, and the"
                + " .xccurrentversion property list naming the bundle's current version",
        runtimeError = "Whatever the model holds: none of it was checked. A malformed model also fails the Xcode"
                + " build (momc), and an unreadable current version builds an older model.",
        fix = "Fix what the message names: repair the XML at the position given (or restore the file from version"
                + " control), open a legacy model in Xcode and save it, or give the process permission to read"
                + " the folder and its files.",
        example = """
                Notes.xcdatamodeld/Notes.xcdatamodel/contents:
                <model usedWithCloudKit="YES">
                    <entity name="Note"
                </model>""")
public final class ModelUnreadable implements ModelRule {

    public static final String ID = "model-unreadable";

    @Override
    public void check(ModelContext context) {
        // A model that was read is readable; the linter reports those it could not read, see finding().
    }

    /** The finding for a model (or a folder that may hold models) that could not be read. */
    public static Finding finding(InputException unreadable, Severity severity) {
        return new Finding(ID, severity,
                sentence(unreadable.getMessage()) + " Nothing in it was checked.", unreadable.location(), null, null,
                null, null, null);
    }

    /** The reader's reason as a sentence: capital first, full stop last. */
    private static String sentence(String reason) {
        String text = reason.strip();
        if (text.isEmpty()) {
            return "It cannot be read.";
        }
        text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }
}
