package dev.cdlint.wiring;

import dev.cdlint.check.Check;

/**
 * A check of how an app repository is wired for CloudKit: entitlements, Info.plist, build settings, container
 * code, export options and scripts. Its id, severity and documentation are in {@link dev.cdlint.check.RuleInfo} on
 * the class; it reads the repository through the {@link WiringContext} and reports there.
 */
public interface WiringRule extends Check {

    void check(WiringContext context);
}
