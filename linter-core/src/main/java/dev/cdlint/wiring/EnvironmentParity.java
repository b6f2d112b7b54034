package dev.cdlint.wiring;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.source.Excerpt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

@RuleInfo(
        id = "wiring-environment-parity",
        severity = Severity.WARNING,
        summary = "Apps that share a CloudKit container pin different environments in the same configuration",
        rationale = "The iOS, Mac and watch apps of one product sync through one container only if they use the"
                + " same environment. When one pins com.apple.developer.icloud-container-environment and another"
                + " pins another value or none, the two write to different databases, Development and Production,"
                + " while both report success.",
        source = Sources.CLOUDKIT + "#wiring-environment; a real case, https://github.com/TableProApp/TablePro/pull/1632",
        runtimeError = "Silent: each platform syncs, but never sees the other's records.",
        fix = "Pin the same environment in every app's entitlements for the configuration, or pin none.",
        example = """
                iOS.entitlements: (no environment)        Mac.entitlements: <string>Production</string>
                both list iCloud.com.example.Notes""")
public final class EnvironmentParity implements WiringRule {

    @Override
    public void check(WiringContext context) {
        AppWiring wiring = context.wiring();
        Map<String, List<Pin>> byContainerAndConfiguration = new LinkedHashMap<>();
        for (TargetVariant variant : context.variants()) {
            if (!variant.isApplication()) {
                continue;
            }
            Optional<Entitlements> entitlements = wiring.entitlements(variant);
            if (entitlements.isEmpty() || !entitlements.get().grantsCloudKit()) {
                continue;
            }
            List<Entitlements.Item> containers = entitlements.get().strings(Entitlements.CONTAINERS);
            if (containers.isEmpty() || !containers.get(0).certain()) {
                continue;
            }
            Optional<Entitlements.Item> pin = entitlements.get().string(Entitlements.ENVIRONMENT);
            if (pin.isPresent() && !pin.get().certain()) {
                continue;
            }
            byContainerAndConfiguration.computeIfAbsent(containers.get(0).text() + '\u0000' + variant.configuration(),
                    k -> new ArrayList<>()).add(new Pin(variant, entitlements.get(), pin.map(Entitlements.Item::text)
                    .orElse(null)));
        }
        for (List<Pin> pins : byContainerAndConfiguration.values()) {
            if (pins.stream().map(Pin::value).distinct().count() < 2) {
                continue;
            }
            for (Pin pin : pins) {
                if (pin.value() == null) {
                    continue;
                }
                List<String> others = pins.stream().filter(p -> !Objects.equals(p.value(), pin.value()))
                        .map(p -> Excerpt.quoted(p.variant().target().name(), 80) + " ("
                                + (p.value() == null ? "no pin" : p.value()) + ")").distinct().toList();
                context.report(pin.variant(), pin.file().entry(Entitlements.ENVIRONMENT).orElseThrow().keyLocation(),
                        Entitlements.ENVIRONMENT, "pins the CloudKit environment to " + pin.value() + " while "
                                + String.join(", ", others) + " sharing its container do not: they write to"
                                + " different databases.");
            }
        }
    }

    private record Pin(TargetVariant variant, Entitlements file, String value) {}
}
