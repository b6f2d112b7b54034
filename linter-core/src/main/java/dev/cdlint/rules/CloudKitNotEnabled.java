package dev.cdlint.rules;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;

@RuleInfo(
        id = CloudKitNotEnabled.ID,
        severity = Severity.INFO,
        summary = "No configuration of the model is checked for CloudKit",
        rationale = "cdlint checks the configurations marked \"Used with CloudKit\" and those .cdlint.yml gives a"
                + " scope. The flag is only an editor hint, and a store can be mirrored without it, so a model with"
                + " neither is said to be unchecked rather than passed in silence. In a run over several"
                + " models, the unchecked ones are counted once in the summary instead.",
        source = Sources.CLOUDKIT + "#database-scope (Used with CloudKit is an editor and momc hint; the database scope is chosen in"
                + " code); accidental mirroring: https://github.com/kasianov-mikhail/scout/pull/1151",
        runtimeError = "None from cdlint's side: problems in a model that is mirrored without the flag surface only"
                + " when the store loads, as NSCocoaErrorDomain 134060.",
        fix = "Tick \"Used with CloudKit\" in the Data Model inspector of the configuration that syncs, or name it"
                + " under scopes: in .cdlint.yml (for example Default: private).",
        example = """
                <model type="com.apple.IDECoreDataModeler.DataModel">
                    <entity name="Note"/>
                </model>""")
public final class CloudKitNotEnabled implements ModelRule {

    public static final String ID = "cloudkit-not-enabled";

    @Override
    public void check(ModelContext context) {
        if (context.checkedConfigurations().isEmpty() && context.model().isSwiftData()) {
            context.report(context.version().location(), null, null, "No configuration of " + context.model().name()
                    + " is checked for CloudKit: every ModelConfiguration that holds its classes has cloudKitDatabase:"
                    + " .none; if a store does sync, name its configuration under scopes: in .cdlint.yml.");
        } else if (context.checkedConfigurations().isEmpty()) {
            context.report(context.version().location(), null, null, "No configuration of " + context.model().name()
                    + " is checked for CloudKit; tick \"Used with CloudKit\" on the configuration that syncs, or"
                    + " name it under scopes: in .cdlint.yml.");
        }
    }
}
