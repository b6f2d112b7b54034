package dev.cdlint.wiring;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.source.Excerpt;

@RuleInfo(
        id = "wiring-swiftdata-automatic-cloudkit",
        severity = Severity.WARNING,
        summary = "A SwiftData ModelConfiguration without cloudKitDatabase: in a CloudKit-entitled target mirrors"
                + " by default",
        rationale = "ModelConfiguration's cloudKitDatabase argument defaults to .automatic, which mirrors the store"
                + " to the first container of the entitlements whenever the target is signed for CloudKit. A store"
                + " meant to stay local (a cache, a test store in a test host) is then synced, and a model that"
                + " breaks CloudKit's rules stops the store from loading.",
        source = Sources.CLOUDKIT + "#wiring-swiftdata; Apple, \"ModelConfiguration init\","
                + " https://developer.apple.com/documentation/swiftdata/modelconfiguration/init(_:schema:isstoredinmemoryonly:allowssave:groupcontainer:cloudkitdatabase:);"
                + " a real case, https://github.com/joshlacal/Catbird/pull/7",
        runtimeError = "Unintended sync; or NSCocoaErrorDomain 134060 \"loadIssueModelContainer\" when the models"
                + " break CloudKit's rules.",
        fix = "Say what the store does: cloudKitDatabase: .private(\"iCloud.com.example.App\") to sync, .none to"
                + " keep it local.",
        example = "let configuration = ModelConfiguration(schema: schema)   // target signed for CloudKit")
public final class SwiftDataAutomaticCloudKit implements WiringRule {

    @Override
    public void check(WiringContext context) {
        AppWiring wiring = context.wiring();
        for (TargetVariant variant : context.variants()) {
            TargetVariant signed = variant.target().isTest() ? testHost(context, variant) : variant;
            if (signed == null || !wiring.entitlements(signed).map(Entitlements::grantsCloudKit).orElse(false)) {
                continue;
            }
            for (SwiftCode.ContainerSite site : wiring.sites(variant.target())) {
                if (site.swiftDataAutomatic()) {
                    context.report(variant, site.location(), "cloudKitDatabase", "this ModelConfiguration has no"
                            + " cloudKitDatabase: argument, so it is .automatic and mirrors the store to CloudKit"
                            + " because " + (signed == variant ? "the target is" : "its test host "
                            + Excerpt.quoted(signed.target().name(), 80) + " is") + " signed for"
                            + " CloudKit. Write .private(\"…\") if it should sync, .none if not.");
                }
            }
        }
    }

    /**
     * The app a test bundle runs in ({@code TEST_HOST} names its executable inside the built {@code .app}), in the
     * same configuration and platform: test code is signed with the host's entitlements.
     */
    private static TargetVariant testHost(WiringContext context, TargetVariant test) {
        String host = test.setting("TEST_HOST").map(v -> v.text()).orElse("");
        if (host.isEmpty()) {
            return null;
        }
        return context.variants().stream()
                .filter(v -> v.isApplication() && v.project() == test.project()
                        && v.configuration().equals(test.configuration()) && v.platform() == test.platform())
                .filter(v -> host.contains("/" + v.setting("PRODUCT_NAME").map(p -> p.text())
                        .orElse(v.target().name()) + ".app/"))
                .findFirst().orElse(null);
    }
}
