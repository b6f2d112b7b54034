package dev.cdlint.rules;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.model.ModelWarning;
import dev.cdlint.source.SourceLocation;
import java.nio.file.Files;
import java.nio.file.Path;

@RuleInfo(
        id = "model-bundle-irregular",
        severity = Severity.WARNING,
        summary = "cdlint had to guess which version of the model bundle the app compiles",
        rationale = "With several versions and no usable .xccurrentversion (missing, empty, or naming a version"
                + " the bundle does not hold in a readable form), cdlint checks the newest version by name, which"
                + " may not be the one the app compiles, so every other finding may be about the wrong version. A"
                + " bundle with one version needs no guess and is quiet: Xcode projects and Swift packages often"
                + " omit .xccurrentversion for an unversioned model.",
        source = "cdlint's model reader (a .xcdatamodeld bundle's .xccurrentversion names the version Xcode"
                + " compiles); " + Sources.CLOUDKIT + "#production-schema for why the checked version must be the"
                + " shipped one",
        runtimeError = "None directly; the findings may describe a version the app does not ship.",
        fix = "Open the model in Xcode and pick the current version (File inspector, Model Version), or remove or"
                + " re-save the versions the warning names.",
        example = """
                Notes.xcdatamodeld/
                    Notes.xcdatamodel/contents
                    Notes 2.xcdatamodel/contents
                    (no .xccurrentversion)""")
public final class ModelBundleIrregular implements ModelRule {

    @Override
    public void check(ModelContext context) {
        for (ModelWarning warning : context.model().warnings()) {
            context.report(inAFile(context, warning.location()), null, null, "While reading "
                    + context.model().name() + ", " + warning.message() + ".");
        }
    }

    /**
     * GitHub annotations and SARIF results attach only to files, so a warning about the bundle or a version folder
     * is shown at the bundle's .xccurrentversion, or, without one, at the model element of the version checked.
     */
    private static SourceLocation inAFile(ModelContext context, SourceLocation at) {
        if (!Files.isDirectory(at.file())) {
            return at;
        }
        Path currentVersionFile = context.model().path().resolve(".xccurrentversion");
        return Files.isRegularFile(currentVersionFile)
                ? new SourceLocation(currentVersionFile, 1, 1) : context.version().location();
    }
}
