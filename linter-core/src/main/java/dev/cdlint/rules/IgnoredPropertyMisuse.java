package dev.cdlint.rules;

import static dev.cdlint.rules.ElementNames.qualified;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.mapping.Mirror;
import dev.cdlint.model.Attribute;
import dev.cdlint.model.Relationship;

/** The key counts when it reads as true, as the validator's {@code boolValue} reads it; "NO" ignores nothing. */
@RuleInfo(
        id = "ignored-property-misuse",
        severity = Severity.ERROR,
        summary = "The CloudKit ignore key is on a relationship or on a non-optional attribute",
        rationale = "NSCloudKitMirroringDelegateIgnoredPropertyKey keeps an attribute out of CloudKit. An ignored"
                + " attribute never receives a value from another device, so it must be optional; relationships"
                + " cannot be ignored at all, since the other side's inverse would still sync.",
        source = Sources.CLOUDKIT + "#ignore-key and " + Sources.CLOUDKIT + "#validator-ignore-key; " + Sources.VALIDATOR,
        runtimeError = Sources.VALIDATOR_ERROR + "The following attributes have invalid values for"
                + " 'NSCloudKitMirroringDelegateIgnoredPropertyKey': (attribute is not optional), or CloudKit"
                + " integration does not support ignored relationships.",
        fix = "Remove the NSCloudKitMirroringDelegateIgnoredPropertyKey User Info entry from the relationship (move"
                + " the related entity to a configuration that is not synced instead), or tick Optional on the"
                + " ignored attribute.",
        example = """
                <relationship name="cache" optional="YES" maxCount="1" destinationEntity="Cache"
                    inverseName="note" inverseEntity="Cache">
                    <userInfo>
                        <entry key="NSCloudKitMirroringDelegateIgnoredPropertyKey" value="YES"/>
                    </userInfo>
                </relationship>""")
public final class IgnoredPropertyMisuse implements ConfigurationRule {

    @Override
    public void check(ConfigurationContext context) {
        context.forEachProperty((declared, entity, property) -> {
            if (!Mirror.isIgnored(property)) {
                return;
            }
            if (property instanceof Attribute attribute && !attribute.optional()) {
                declared.report(entity, attribute, qualified(entity, attribute) + " is ignored by CloudKit but not"
                        + " optional, so synced objects can never satisfy it; make it optional.");
            } else if (property instanceof Relationship relationship) {
                declared.report(entity, relationship, qualified(entity, relationship) + " carries "
                        + Mirror.IGNORED_PROPERTY_KEY + ", which relationships do not support; remove it and keep"
                        + " the destination out of the synced configuration instead.");
            }
        });
    }
}
